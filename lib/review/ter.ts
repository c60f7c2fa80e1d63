// Translation Edit Rate (Snover et al. 2006) on token arrays: edit distance where moving a block of
// words counts as one edit. The greedy shift search follows tercom as re-implemented by sacrebleu
// (same limits, candidate filters, ranking and beam), so scores match the published HTER figures.
// The edit distances themselves are in ter-distance.ts (the beam without shifts) and ter-matrix.ts.
import { beamDistance } from "./ter-distance";
import { BeamEditDistance } from "./ter-matrix";

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
// sacrebleu's own cap on shift candidates per sentence; keeps pathological inputs bounded.
const MAX_SHIFT_CANDIDATES = 1000;

/**
 * Number of TER edits (shifts + insertions + deletions + substitutions) turning `hyp` into `ref`.
 * Meant for segments (a sentence or paragraph): time and memory grow with hyp × ref words, e.g.
 * about 2 s and 36 MB for two 2,000-word texts. `shifts: false` skips the shift search: the beam edit
 * distance alone, an upper bound of TER whose time grows only linearly.
 */
export function terEdits(hyp: readonly string[], ref: readonly string[], opts: { shifts?: boolean } = {}): number {
  if (ref.length === 0) return hyp.length;
  if (opts.shifts === false) return beamDistance(hyp, ref);
  const ed = new BeamEditDistance(ref, hyp.length);
  let words = hyp.slice();
  let shifts = 0;
  const budget = { checked: 0 };
  for (;;) {
    const best = bestShift(words, ref, ed, budget);
    // Like sacrebleu, an exhausted budget ends the search before the last shift is applied.
    if (budget.checked >= MAX_SHIFT_CANDIDATES || best === null || best.gain <= 0) break;
    shifts += 1;
    words = best.words;
  }
  return shifts + ed.fill(words, 0);
}

type Shift = { gain: number; length: number; start: number; target: number; words: string[] };

function bestShift(
  words: string[],
  ref: readonly string[],
  ed: BeamEditDistance,
  budget: { checked: number },
): Shift | null {
  const base = ed.fill(words, 0);
  const { align, hypErr, refErr } = ed.alignment(words.length);
  ed.keepAsBase();
  let best: Shift | null = null;
  for (let sh = 0; sh < words.length; sh++) {
    for (let sr = 0; sr < ref.length; sr++) {
      if (Math.abs(sr - sh) > MAX_SHIFT_DIST) continue;
      // Every length of the common run starting here is a candidate, longest ones ranked first.
      for (let len = 1; len <= MAX_SHIFT_SIZE; len++) {
        if (sh + len > words.length || sr + len > ref.length || words[sh + len - 1] !== ref[sr + len - 1]) break;
        // Only move words that are wrong, to a place where the reference is not already matched.
        if (!anyError(hypErr, sh, len) || !anyError(refErr, sr, len)) continue;
        const anchor = align[sr] ?? -1;
        if (sh <= anchor && anchor < sh + len) continue;
        let prevTarget = -1;
        for (let off = -1; off < len; off++) {
          const target = sr + off === -1 ? 0 : (align[sr + off] ?? -1) + 1;
          if (target === prevTarget) continue;
          prevTarget = target;
          const shifted = performShift(words, sh, len, target);
          const gain = base - ed.fill(shifted, Math.min(sh, target));
          budget.checked += 1;
          if (best === null || better(gain, len, sh, target, best)) {
            best = { gain, length: len, start: sh, target, words: shifted };
          }
        }
        if (budget.checked >= MAX_SHIFT_CANDIDATES) return best;
      }
    }
  }
  return best;
}

// tercom's ranking: biggest gain, then longest block, then earliest block, then earliest target.
function better(gain: number, length: number, start: number, target: number, b: Shift): boolean {
  if (gain !== b.gain) return gain > b.gain;
  if (length !== b.length) return length > b.length;
  if (start !== b.start) return start < b.start;
  return target < b.target;
}

function anyError(errors: readonly number[], from: number, length: number): boolean {
  for (let k = from; k < from + length && k < errors.length; k++) if (errors[k]) return true;
  return false;
}

/** Moves words[start, start+length) so that it is inserted before index `target` (sacrebleu's convention). */
export function performShift(words: readonly string[], start: number, length: number, target: number): string[] {
  const block = words.slice(start, start + length);
  if (target < start) {
    return [...words.slice(0, target), ...block, ...words.slice(target, start), ...words.slice(start + length)];
  }
  if (target > start + length) {
    return [...words.slice(0, start), ...words.slice(start + length, target), ...block, ...words.slice(target)];
  }
  return [
    ...words.slice(0, start),
    ...words.slice(start + length, length + target),
    ...block,
    ...words.slice(length + target),
  ];
}
