"use client";
import { useCallback } from "react";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { EditorSegment } from "@/lib/articles/editor-types";
import type { TargetLang } from "@/lib/vocabulary";
import { nextOpenCell } from "@/lib/review/next-open";

/**
 * Moving the cursor between cells of the virtual list: Alt+Up/Down (move), Ctrl+Enter (next open
 * segment; when there is none, `onAllDone` says whether only the shown rows are done — a filter hides
 * open ones — or the whole article, which offers the next article of the queue), and back to a given
 * cell (focus). The target row may not be mounted yet, so focusing waits for it.
 */
export function useCellNavigation(
  visible: EditorSegment[],
  segments: EditorSegment[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  onAllDone: (done: null | "shown" | "article") => void,
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
      if (!target) {
        onAllDone(nextOpenCell(segments, { segmentId, lang }) ? "shown" : "article");
        return;
      }
      onAllDone(null);
      focus(target.segmentId, target.lang);
    },
    [visible, segments, focus, onAllDone],
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
