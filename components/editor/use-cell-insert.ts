"use client";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { flushSync } from "react-dom";
import { useInsertIntoCell, type CellInserter } from "./cell-inserter";

/**
 * The cell's side of cell-inserter.ts: returns the function its textarea calls on focus, which makes
 * this cell the one that suggestions go into. The text replaces the draft or goes in at the caret (over
 * the selection), is marked as an edit like typing, and the caret ends after it.
 */
export function useCellInsert(
  cellKey: string,
  area: RefObject<HTMLTextAreaElement | null>,
  setDraft: (text: string) => void,
  markEditing: () => void,
  enabled: boolean,
): () => void {
  const registry = useInsertIntoCell();
  const unregister = useRef<(() => void) | null>(null);
  useEffect(() => () => unregister.current?.(), []);

  const insert = useCallback<CellInserter>(
    (text, mode, at) => {
      const el = area.current;
      if (!el) return;
      const value = el.value;
      const caret = at ?? { start: el.selectionStart, end: el.selectionEnd };
      const start = mode === "replace" ? 0 : Math.min(caret.start, value.length);
      const end = mode === "replace" ? value.length : Math.min(caret.end, value.length);
      markEditing();
      // Written now, not on the next render: React setting the value puts the caret at the end, and
      // a key typed right after the shortcut must land after the inserted text, not there.
      flushSync(() => setDraft(value.slice(0, start) + text + value.slice(end)));
      const after = start + text.length;
      el.focus();
      el.setSelectionRange(after, after);
    },
    [area, setDraft, markEditing],
  );

  return useCallback(() => {
    if (!registry || !enabled) return;
    unregister.current?.();
    unregister.current = registry.register(cellKey, insert);
  }, [registry, enabled, cellKey, insert]);
}
