// The memory's fuzzy-lookup index, pure part.
//
// A unit's Vietnamese source (normalised, lib/translation/tm.ts) is padded with two spaces each side and
// cut into every 3-code-point window: |s| + 2 grams. A window seen before in the same unit is tagged with
// its occurrence ("ng #2"), so shared grams count as a multiset. The migration 20261128…_tm_index back-fills
// with the same rule in SQL.
//
// Why it finds every match (the q-gram lemma): one edit (insert, delete, substitute) touches at most 3
// windows, so a string that is k edits from the longer one, of length M, still holds ≥ M + 2 − 3k of its
// grams. A fuzzy match needs k ≤ ⌊M/4⌋ (similarity ≥ 75 %), so every unit that can match shares at least
// min over the possible M of M + 2 − 3⌊M/4⌋ grams with the query (≥ M/4 + 2, never below 2). A lookup
// may therefore leave out the s most common query grams as long as it asks the rest for t − s shared.

export const GRAM_SIZE = 3;
const PAD = "  ";

/** The index grams of a normalised source, each once (occurrence-tagged). */
export function gramsOf(vi: string): string[] {
  const cps = Array.from(PAD + vi + PAD);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i + GRAM_SIZE <= cps.length; i++) {
    const tri = cps.slice(i, i + GRAM_SIZE).join("");
    const n = (seen.get(tri) ?? 0) + 1;
    seen.set(tri, n);
    out.push(n === 1 ? tri : `${tri}#${n}`);
  }
  return out;
}

/** Largest edit distance a 75 % match may have when the longer of the two has `m` code points. */
function maxEdits(m: number, min: number): number {
  return Math.floor((1 - min) * m + 1e-9);
}

/**
 * The lengths a unit may have to reach `min` similarity with a query of `length` code points, and the
 * fewest grams any such unit shares with the query.
 */
export function gramBound(length: number, min: number): { minLength: number; maxLength: number; shared: number } {
  const minLength = length - maxEdits(length, min);
  let maxLength = length;
  while (maxLength + 1 - length <= maxEdits(maxLength + 1, min)) maxLength++;
  let shared = Infinity;
  for (let m = length; m <= maxLength; m++) shared = Math.min(shared, pairBound(length, m, min));
  return { minLength, maxLength, shared: Math.max(shared, 0) };
}

/** The fewest grams a unit of `unitLength` shares with a query of `length` when it reaches `min`. */
export function pairBound(length: number, unitLength: number, min: number): number {
  const m = Math.max(length, unitLength);
  return m + PAD.length - GRAM_SIZE * maxEdits(m, min);
}

/** Shared grams of two gram lists (each occurrence-tagged, so a plain set intersection). */
export function sharedGrams(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let n = 0;
  for (const g of b) if (set.has(g)) n++;
  return n;
}

// How many of the most common query grams a lookup leaves out, as a share of the shared-gram bound.
// Leaving out more reads fewer postings but lowers the count a candidate needs, so more candidates come
// back to be scored; measured on 20,000 units (bench:tm corpus), half was ~10× faster than leaving out
// all but one (thousands of candidates) and ~2× faster than leaving out none or a quarter.
const SKIP_SHARE = 0.5;

/**
 * Which of the query's grams to look up: all but the most common ones (by `rank`, lower = more common),
 * leaving out at most half the shared-gram bound, and how many of the looked-up ones a candidate must hold.
 */
export function gramPlan(
  grams: readonly string[],
  shared: number,
  rank: (gram: string) => number,
): { lookup: string[]; need: number } {
  const byCommon = grams
    .map((g) => ({ g, r: rank(g) }))
    .filter((x) => Number.isFinite(x.r))
    .sort((a, b) => a.r - b.r);
  const skip = new Set(byCommon.slice(0, Math.floor(shared * SKIP_SHARE)).map((x) => x.g));
  return { lookup: grams.filter((g) => !skip.has(g)), need: shared - skip.size };
}
