// Pure translation-memory matching.
//
// Exact match: both sides through normalizeForTm() — Unicode NFC, every run of whitespace (incl. NBSP,
// zero-width space, line breaks) collapsed to one space, trimmed. Case and punctuation are significant.
//
// Fuzzy match: character-level similarity on the normalised strings, counted in Unicode code points:
//   similarity(a, b) = 1 − levenshtein(a, b) / max(|a|, |b|)
// (insert/delete/substitute cost 1 each; 1 for two empty strings). Character level rather than word level
// because Vietnamese words are short syllables: one changed tone mark costs one character, not a whole word.
// findFuzzy prunes with the length bound (|a| − |b| ≤ distance) and a banded, early-exit Levenshtein, so
// scanning thousands of candidates stays cheap.

export function normalizeForTm(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b\u2060\ufeff]+/gu, " ")
    .trim();
}

function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** Levenshtein distance of code-point arrays, or `max + 1` once it is certain to exceed `max`. */
function boundedLevenshtein(a: number[], b: number[], max: number): number {
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  if (m - n > max) return max + 1;
  if (n === 0) return m;
  let prev = new Uint32Array(n + 1);
  let cur = new Uint32Array(n + 1);
  for (let i = 0; i <= n; i++) prev[i] = i;
  const big = max + 1;
  for (let j = 1; j <= m; j++) {
    // only cells with |i − j| ≤ max can hold a distance ≤ max
    const lo = Math.max(1, j - max);
    const hi = Math.min(n, j + max);
    cur[0] = j <= max ? j : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = cur[0]!;
    const bj = b[j - 1];
    for (let i = lo; i <= hi; i++) {
      const cost = a[i - 1] === bj ? 0 : 1;
      const v = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost);
      cur[i] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = big;
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n]!, big);
}

/** 1 − levenshtein / max length, on normalised strings, in code points. 1 = identical. */
export function similarity(a: string, b: string): number {
  const x = toCodePoints(normalizeForTm(a));
  const y = toCodePoints(normalizeForTm(b));
  const len = Math.max(x.length, y.length);
  if (len === 0) return 1;
  return 1 - boundedLevenshtein(x, y, len) / len;
}

export type FuzzyMatch<T> = { candidate: T; score: number };

/**
 * Candidates whose source is at least `min` similar to `source`, best first (ties keep input order),
 * at most `limit`. Candidates are strings or objects with a `source` field.
 */
export function findFuzzy<T extends string | { source: string }>(
  source: string,
  candidates: Iterable<T>,
  opts: { min?: number; limit?: number } = {},
): FuzzyMatch<T>[] {
  const min = opts.min ?? 0.75;
  const limit = opts.limit ?? 5;
  const q = toCodePoints(normalizeForTm(source));
  const out: (FuzzyMatch<T> & { order: number })[] = [];
  let order = 0;
  for (const candidate of candidates) {
    order++;
    const text = typeof candidate === "string" ? candidate : candidate.source;
    const c = toCodePoints(normalizeForTm(text));
    const len = Math.max(q.length, c.length);
    if (len === 0) {
      if (min <= 1) out.push({ candidate, score: 1, order });
      continue;
    }
    const maxDist = Math.floor((1 - min) * len + 1e-9);
    if (Math.abs(q.length - c.length) > maxDist) continue;
    const d = boundedLevenshtein(q, c, maxDist);
    if (d > maxDist) continue;
    const score = 1 - d / len;
    if (score + 1e-12 >= min) out.push({ candidate, score, order });
  }
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  return out.slice(0, limit).map(({ candidate, score }) => ({ candidate, score }));
}
