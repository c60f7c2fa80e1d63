"use client";
// Putting text into a translation cell as if it were typed: at the caret (replacing a selection), as an
// unsaved edit the cell saves like any other (its onChange runs: draft, "editing" state, autosave on blur),
// and undoable with Ctrl+Z where the browser supports it. Shared by every "insert into the cell" feature
// (concordance, suggestions), so the cell itself needs no hook: a cell is its textarea[data-cell].

/** The key (`segmentId:lang`) of a translation cell element, or null for anything else. */
export function cellKeyOf(element: Element | null): string | null {
  return element instanceof HTMLTextAreaElement && element.dataset.cell ? element.dataset.cell : null;
}

function cellElement(key: string): HTMLTextAreaElement | null {
  const found = document.querySelector(`textarea[data-cell="${CSS.escape(key)}"]`);
  return found instanceof HTMLTextAreaElement ? found : null;
}

export type CellSelection = { start: number; end: number };

/** Where the caret (or selection) of a cell is now: a dialog that takes the focus keeps it to insert there. */
export function cellSelection(key: string): CellSelection | null {
  const cell = cellElement(key);
  return cell ? { start: cell.selectionStart, end: cell.selectionEnd } : null;
}

/**
 * Inserts `text` into the cell `key` at `at` (the caret kept when the focus left it; else where the caret
 * is on focus) and leaves the focus there; false when the cell is gone or read-only.
 */
export function insertIntoCell(key: string, text: string, at?: CellSelection | null): boolean {
  const cell = cellElement(key);
  if (!cell || cell.readOnly || cell.disabled) return false;
  cell.focus();
  // focus() does not bring back the caret of before everywhere (Chromium put it at the start)
  if (at) cell.setSelectionRange(Math.min(at.start, cell.value.length), Math.min(at.end, cell.value.length));
  // execCommand keeps the browser's undo history and fires the input event React listens to.
  if (document.execCommand("insertText", false, text)) return true;
  const { selectionStart: start, selectionEnd: end, value } = cell;
  // React tracks the value it last set: the native setter and an input event make it see a change.
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  setValue?.call(cell, value.slice(0, start) + text + value.slice(end));
  cell.setSelectionRange(start + text.length, start + text.length);
  cell.dispatchEvent(new Event("input", { bubbles: true }));
  return true;
}

/** Moves the focus back to a cell (after a dialog closed without inserting). */
export function focusCell(key: string, at?: CellSelection | null): void {
  const cell = cellElement(key);
  cell?.focus();
  if (cell && at) cell.setSelectionRange(Math.min(at.start, cell.value.length), Math.min(at.end, cell.value.length));
}
