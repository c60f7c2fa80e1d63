// A Vietnamese name with one syllable written otherwise ("Lê Văn Phúc" for "Lê Văn Phước",
// "Chinh" for "Chính"): the other syllables stand in place and the odd one is a near spelling.
// The target's words are folded once; a name is tried only where one of its first two syllables
// stands, at most CANDIDATES places: a 100,000-character target full of names stays linear.
import { editDistance, fold } from "../text";
import type { Span } from "../types";

const WORD = /[\p{L}\p{M}]+/gu;
const CANDIDATES = 50;

type Word = { text: string; folded: string; at: number };
export type TargetWords = { words: Word[]; where: Map<string, number[]> };

export function targetWords(target: string): TargetWords {
  const words: Word[] = [];
  const where = new Map<string, number[]>();
  for (const m of target.matchAll(WORD)) {
    const folded = fold(m[0]).toLowerCase();
    const list = where.get(folded) ?? [];
    if (list.length < CANDIDATES) list.push(words.length);
    where.set(folded, list);
    words.push({ text: m[0], folded, at: m.index });
  }
  return { words, where };
}

function fits(words: Word[], start: number, parts: string[], folded: string[]): boolean {
  let odd = -1;
  for (let k = 0; k < parts.length; k++) {
    const w = words[start + k];
    const p = parts[k] as string;
    const f = folded[k] as string;
    // Names keep their capitals: "so Dan", "of the" are no name.
    if (!w || w.text.charAt(0) === w.text.charAt(0).toLowerCase()) return false;
    if (w.folded === f && (w.text === p || w.text === w.folded || w.text === fold(w.text))) continue;
    if (odd >= 0 || editDistance(w.folded, f, 2) > 2) return false;
    odd = k;
  }
  return odd >= 0;
}

export function nearName(target: string, tw: TargetWords, name: string): { span: Span; found: string } | null {
  const parts = name.split(/[ -]+/);
  if (parts.length < 2) return null;
  const folded = parts.map((p) => fold(p).toLowerCase());
  const starts = new Set<number>();
  for (const k of [0, 1]) for (const j of tw.where.get(folded[k] ?? "") ?? []) if (j >= k) starts.add(j - k);
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (!fits(tw.words, start, parts, folded)) continue;
    const first = tw.words[start] as Word;
    const last = tw.words[start + parts.length - 1] as Word;
    const span: Span = [first.at, last.at + last.text.length];
    return { span, found: target.slice(span[0], span[1]) };
  }
  return null;
}
