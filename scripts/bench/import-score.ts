// Scores one extracted article against a hand-written expected article (tests/fixtures/real-world/html).
import { normalizeText } from "@/lib/articles/segment";

export type Expected = {
  title: string;
  lead: string | null;
  body: string[];
  captions: string[];
  byline: string | null;
  sourceUrl: string | null;
  boilerplate: string[];
};
export type Extracted = {
  title: string | null;
  lead: string | null;
  body: string[];
  captions: string[];
  byline: string | null;
  sourceUrl: string | null;
  /** Every text that would be sent to translation (one string per segment or paragraph). */
  translatable: string[];
};
export type Score = {
  title: boolean;
  lead: boolean;
  recall: number;
  precision: number;
  leaks: string[];
  captions: number;
  byline: boolean;
  sourceUrl: boolean;
};

const WORD = /[\p{L}\p{N}]+/gu;
const norm = (s: string | null) => (s === null ? null : normalizeText(s));

function bag(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of texts.join(" ").toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [word, count] of a) n += Math.min(count, b.get(word) ?? 0);
  return n;
}
const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);

export function score(expected: Expected, got: Extracted): Score {
  const want = bag(expected.body);
  const have = bag(got.body);
  const shared = common(want, have);
  const translatable = got.translatable.map(normalizeText);
  const captions = new Set(got.captions.map(normalizeText));
  return {
    title: norm(got.title) === norm(expected.title),
    lead: norm(got.lead) === norm(expected.lead),
    recall: total(want) === 0 ? 1 : shared / total(want),
    precision: total(have) === 0 ? 0 : shared / total(have),
    leaks: expected.boilerplate.filter((b) => translatable.some((t) => t.includes(normalizeText(b)))),
    captions:
      expected.captions.length === 0
        ? 1
        : expected.captions.filter((c) => captions.has(normalizeText(c))).length / expected.captions.length,
    byline: norm(got.byline) === norm(expected.byline),
    sourceUrl: got.sourceUrl === expected.sourceUrl,
  };
}
