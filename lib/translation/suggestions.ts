// What the suggestions panel offers for the focused cell, as pure data: memory matches and the machine
// text numbered for Ctrl+1…9, and the glossary terms found in the source (for Ctrl+Shift+G).
import { cleanTerm, highlightTerms, type GlossaryTerm } from "./glossary";
import type { TargetLang } from "@/lib/vocabulary";

/** A memory unit with text in the cell's language; `updatedAt` is when the unit was last written (ISO). */
export type MemorySuggestion = { id: string; score: number; vi: string; text: string; updatedAt: string };
export type TermHit = { vi: string; target: string; note: string };
export type Suggestions = {
  segmentId: string;
  lang: TargetLang;
  source: string;
  memory: MemorySuggestion[];
  machine: string | null;
  terms: TermHit[];
};
export type NumberedSuggestion = {
  n: number;
  kind: "memory" | "machine";
  text: string;
  memory?: MemorySuggestion;
};

/** Ctrl+1…9: never more numbered suggestions than digits. */
export const MAX_NUMBERED = 9;

const same = (a: string) => a.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Memory matches best first (a newer unit first among equal scores), then the machine text; a text
 * offered twice keeps only its first (better) place, and empty texts are never offered.
 */
export function numberSuggestions(s: Pick<Suggestions, "memory" | "machine">): NumberedSuggestion[] {
  const memory = [...s.memory].sort((a, b) => b.score - a.score || b.updatedAt.localeCompare(a.updatedAt));
  const candidates: Omit<NumberedSuggestion, "n">[] = memory.map((m) => ({ kind: "memory", text: m.text, memory: m }));
  if (s.machine) candidates.push({ kind: "machine", text: s.machine });
  const seen = new Set<string>();
  const out: NumberedSuggestion[] = [];
  for (const c of candidates) {
    const key = same(c.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...c, n: out.length + 1 });
    if (out.length === MAX_NUMBERED) break;
  }
  return out;
}

/** The glossary terms in `source` (as the editor highlights them), in reading order, each once. */
export function termsInSource(source: string, glossary: readonly GlossaryTerm[], lang: TargetLang): TermHit[] {
  const out: TermHit[] = [];
  const seen = new Set<string>();
  for (const part of highlightTerms(source, glossary)) {
    const term = part.term;
    if (!term) continue;
    const target = cleanTerm(term[lang]);
    const vi = cleanTerm(term.vi);
    if (!target || seen.has(vi)) continue;
    seen.add(vi);
    out.push({ vi, target, note: term.note ?? "" });
  }
  return out;
}

/**
 * Ctrl+Shift+G: the first term whose target the draft does not hold yet, so that pressing it again
 * walks through the terms; when all are there, the first one.
 */
export function nextTerm(terms: readonly TermHit[], draft: string): TermHit | null {
  const text = draft.normalize("NFC").toLocaleLowerCase();
  return terms.find((t) => !text.includes(t.target.normalize("NFC").toLocaleLowerCase())) ?? terms[0] ?? null;
}
