// Post-editing effort: HTER = TER between the machine translation and the text people finally
// approved, i.e. the share of the final words that had to be inserted, deleted, substituted or
// moved. It tells the newsroom how much work the MT saved per segment, language and article.

import { terEdits } from "@/lib/review/ter";
import { terWords, type TerTokenize } from "@/lib/review/ter-tokenize";

export type HterOptions = {
  /**
   * "moses-like" (default) splits punctuation off words the way the Moses tokenizer does, so raw
   * editor text is scored like the published HTER figures; it leaves already-tokenised text
   * unchanged. "none" only splits on whitespace.
   */
  tokenize?: TerTokenize;
  /** tercom and sacrebleu ignore case by default; so do we, so "Hiển"/"hiển" is no edit. */
  caseSensitive?: boolean;
};

export type HterDetail = { edits: number; words: number; hter: number };

/**
 * Segments are sentences; a "segment" longer than this (on either side) is scored without the shift
 * search, whose cost grows with words × candidates (7 s for 3,000 words, run on every save): its HTER is
 * then the plain edit distance per word, an upper bound. Sentence-length text keeps exact tercom scores.
 */
export const MAX_SHIFT_SEARCH_WORDS = 250;

/** Edits, final-text word count and HTER of one segment. */
export function hterDetail(machine: string, final: string, opts: HterOptions = {}): HterDetail {
  const mode = opts.tokenize ?? "moses-like";
  const caseSensitive = opts.caseSensitive ?? false;
  const hyp = terWords(machine, mode, caseSensitive);
  const ref = terWords(final, mode, caseSensitive);
  const shifts = Math.max(hyp.length, ref.length) <= MAX_SHIFT_SEARCH_WORDS;
  const edits = terEdits(hyp, ref, { shifts });
  // An emptied segment was entirely rewritten (1.0); two empty texts took no effort (0).
  const hter = ref.length > 0 ? edits / ref.length : edits > 0 ? 1 : 0;
  return { edits, words: ref.length, hter };
}

/** HTER of one segment: TER edits from `machine` to `final` per word of `final`. */
export function hter(machine: string, final: string, opts?: HterOptions): number {
  return hterDetail(machine, final, opts).hter;
}

export type EffortRow = { hter: number; words: number; seconds?: number };
export type EffortTotals = { hter: number; words: number; seconds: number; segments: number };

/**
 * Totals over segments. HTER is weighted by final-text words, so it equals the corpus-level TER
 * (all edits / all words) and a one-word title cannot outweigh a long paragraph. Seconds are summed
 * over the rows that carry a time.
 */
export function effortTotals(rows: readonly EffortRow[]): EffortTotals {
  let weighted = 0,
    words = 0,
    seconds = 0;
  for (const row of rows) {
    weighted += row.hter * row.words;
    words += row.words;
    seconds += row.seconds ?? 0;
  }
  return { hter: words > 0 ? weighted / words : 0, words, seconds, segments: rows.length };
}

/** Pearson correlation; NaN when either series is constant or the lengths differ. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n === 0 || n !== ys.length) return Number.NaN;
  let mx = 0,
    my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx,
      dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** Shortest decimal form with at most `digits` decimals: 0.3158, 0, 1, 0.25. */
export function formatHter(value: number, digits = 4): string {
  return String(Number(value.toFixed(digits)));
}
