"use client";
import { useEffect } from "react";
import { nextTerm, type NumberedSuggestion, type TermHit } from "@/lib/translation/suggestions";
import type { InsertMode } from "./cell-inserter";

/**
 * Ctrl+1…9 puts suggestion N into the focused cell (replacing its draft); Ctrl+Shift+G puts the next
 * glossary term the draft does not hold yet at the caret. Only while the suggestions shown are the
 * focused cell's own (`cellKey`): never a stale list into a new cell. Digits by physical key, so the
 * shortcut works on every keyboard layout (AZERTY's top row gives "&" without Shift).
 */
export function useSuggestionKeys(
  cellKey: string | null,
  numbered: NumberedSuggestion[],
  terms: TermHit[],
  insert: (text: string, mode: InsertMode) => boolean,
) {
  useEffect(() => {
    if (!cellKey) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target;
      if (!(el instanceof HTMLTextAreaElement) || el.dataset.cell !== cellKey) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1];
      // In a cell these keys are the editor's, also without a suggestion N (no tab switch, no find).
      if (digit && !e.shiftKey) {
        e.preventDefault();
        const suggestion = numbered[Number(digit) - 1];
        if (suggestion) insert(suggestion.text, "replace");
      } else if (e.shiftKey && e.key.toLowerCase() === "g") {
        e.preventDefault();
        const term = nextTerm(terms, el.value);
        if (term) insert(term.target, "caret");
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [cellKey, numbered, terms, insert]);
}
