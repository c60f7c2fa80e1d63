"use client";
// Where a translation cell's caret is, and putting the focus back there: a dialog that takes the focus
// (concordance) keeps the caret to insert at it (cell-inserter.ts) and returns the focus when it closes.
// A cell is its textarea[data-cell="segmentId:lang"].
import type { CellSelection } from "./cell-inserter";

export type { CellSelection };

/** The key (`segmentId:lang`) of a translation cell element, or null for anything else. */
export function cellKeyOf(element: Element | null): string | null {
  return element instanceof HTMLTextAreaElement && element.dataset.cell ? element.dataset.cell : null;
}

function cellElement(key: string): HTMLTextAreaElement | null {
  const found = document.querySelector(`textarea[data-cell="${CSS.escape(key)}"]`);
  return found instanceof HTMLTextAreaElement ? found : null;
}

/** Where the caret (or selection) of a cell is now. */
export function cellSelection(key: string): CellSelection | null {
  const cell = cellElement(key);
  return cell ? { start: cell.selectionStart, end: cell.selectionEnd } : null;
}

/** Moves the focus back to a cell (after a dialog closed without inserting). */
export function focusCell(key: string, at?: CellSelection | null): void {
  const cell = cellElement(key);
  cell?.focus();
  // focus() does not bring back the caret of before everywhere (Chromium put it at the start)
  if (cell && at) cell.setSelectionRange(Math.min(at.start, cell.value.length), Math.min(at.end, cell.value.length));
}
