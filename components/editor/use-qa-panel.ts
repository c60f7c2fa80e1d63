"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditorSegment } from "@/lib/articles/editor-types";
import type { Filter } from "@/lib/review/filters";
import type { TargetLang } from "@/lib/vocabulary";

type Cell = { segmentId: string; lang: TargetLang };
type Args = {
  visible: EditorSegment[];
  focus: (segmentId: string, lang: TargetLang) => void;
  chooseFilter: (f: Filter) => void;
  active: Cell | null;
};

export const QA_PANEL_ID = "qa-panel";

/**
 * The QA panel's state: F8 (or the toolbar button) opens it and puts the focus on its first issue;
 * pressed inside the panel it closes it and goes back to the cell. A jump to an issue whose segment
 * the filter hides shows all segments first, then goes there once the list holds the row.
 */
export function useQaPanel({ visible, focus, chooseFilter, active }: Args) {
  const [open, setOpen] = useState(false);
  // Bumped to ask the panel to take the focus (on opening, and F8 from outside it).
  const [focusRequest, setFocusRequest] = useState(0);
  const pendingJump = useRef<Cell | null>(null);

  const close = useCallback(() => {
    setOpen(false);
    if (active) focus(active.segmentId, active.lang);
  }, [active, focus]);

  const toggle = useCallback(() => {
    const inside = document.getElementById(QA_PANEL_ID)?.contains(document.activeElement);
    if (open && inside) return close();
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, [open, close]);

  useEffect(() => {
    // Chrome quits on Ctrl+Shift+Q (Linux, ChromeOS) before a page sees it: F8, as in code editors.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "F8" || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      toggle();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [toggle]);

  const jump = useCallback(
    (segmentId: string, lang: TargetLang) => {
      if (visible.some((s) => s.id === segmentId)) return focus(segmentId, lang);
      pendingJump.current = { segmentId, lang };
      chooseFilter("all");
    },
    [visible, focus, chooseFilter],
  );
  useEffect(() => {
    const p = pendingJump.current;
    if (!p || !visible.some((s) => s.id === p.segmentId)) return;
    pendingJump.current = null;
    focus(p.segmentId, p.lang);
  }, [visible, focus]);

  return { open, toggle, close, jump, focusRequest };
}
