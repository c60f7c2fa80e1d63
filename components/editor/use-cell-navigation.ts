"use client";
import { useCallback } from "react";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { EditorSegment } from "@/lib/articles/editor-types";
import type { TargetLang } from "@/lib/articles/kinds";
import { nextOpenCell } from "@/lib/review/next-open";

/**
 * Moving the cursor between cells of the virtual list: Alt+Up/Down (move), Ctrl+Enter (next open
 * segment; `onAllDone` when there is none), and back to a given cell (focus). The target row may not be
 * mounted yet, so focusing waits for it.
 */
export function useCellNavigation(
  visible: EditorSegment[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  onAllDone: (done: boolean) => void,
) {
  const focus = useCallback(
    (segmentId: string, lang: TargetLang) => {
      const i = visible.findIndex((s) => s.id === segmentId);
      if (i < 0) return;
      virtualizer.scrollToIndex(i, { align: "auto" });
      focusWhenMounted(`${segmentId}:${lang}`);
    },
    [visible, virtualizer],
  );

  const move = useCallback(
    (segmentId: string, lang: TargetLang, delta: 1 | -1) => {
      let i = visible.findIndex((s) => s.id === segmentId) + delta;
      while (i >= 0 && i < visible.length && !visible[i]?.translations[lang]) i += delta;
      const target = visible[i];
      if (target) focus(target.id, lang);
    },
    [visible, focus],
  );

  const next = useCallback(
    (segmentId: string, lang: TargetLang) => {
      const target = nextOpenCell(visible, { segmentId, lang });
      onAllDone(!target);
      if (target) focus(target.segmentId, target.lang);
    },
    [visible, focus, onAllDone],
  );

  return { focus, move, next };
}

/** The target row may only mount after the virtual list scrolled to it: try for a few frames. */
function focusWhenMounted(cellKey: string, attempts = 30) {
  const el = document.querySelector<HTMLTextAreaElement>(`textarea[data-cell="${CSS.escape(cellKey)}"]`);
  if (el) {
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusWhenMounted(cellKey, attempts - 1));
}
