"use client";
import { createContext, useContext } from "react";

/** "replace": the text becomes the cell's draft; "caret": it goes in at the caret (over a selection). */
export type InsertMode = "replace" | "caret";
/** A caret position kept while a dialog had the focus ("caret" mode inserts there, not where it is now). */
export type CellSelection = { start: number; end: number };
export type CellInserter = (text: string, mode: InsertMode, at?: CellSelection | null) => void;

/**
 * Putting text into the focused cell from outside it (the suggestions panel, its shortcuts, the
 * concordance dialog): the cell
 * registers its inserter when it gets focus; the text lands as an unsaved edit, like typing, and the
 * cell's normal save path takes it from there.
 */
export type InsertIntoCell = {
  /** Returns the unregister function (a no-op once another cell registered). */
  register: (cellKey: string, insert: CellInserter) => () => void;
  /** The cell that registered last; false when there is none (or it is not `cellKey`, when given). */
  insert: (text: string, mode: InsertMode, cellKey?: string, at?: CellSelection | null) => boolean;
};

export function createInsertIntoCell(): InsertIntoCell {
  let current: { key: string; insert: CellInserter } | null = null;
  return {
    register(key, insert) {
      const entry = { key, insert };
      current = entry;
      return () => {
        if (current === entry) current = null;
      };
    },
    insert(text, mode, cellKey, at) {
      if (!current || (cellKey !== undefined && current.key !== cellKey)) return false;
      current.insert(text, mode, at);
      return true;
    },
  };
}

export const InsertIntoCellContext = createContext<InsertIntoCell | null>(null);

export function useInsertIntoCell(): InsertIntoCell | null {
  return useContext(InsertIntoCellContext);
}
