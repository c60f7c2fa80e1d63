// Translation Edit Rate (Snover et al. 2006) on token arrays: edit distance where moving a block of
// words counts as one edit. The greedy shift search follows tercom as re-implemented by sacrebleu
// (same limits, candidate filters, ranking and beam), so scores match the published HTER figures.

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
// sacrebleu's own cap on shift candidates per sentence; keeps pathological inputs bounded.
const MAX_SHIFT_CANDIDATES = 1000;
const INF = 1_000_000_000; // fits Int32 with room for +1, never a real cost

// Edit operations, read as rewriting the hypothesis (rows) into the reference (columns).
const NOP = 0,
  SUB = 1,
  DEL = 2,
  INS = 3,
  UNDEF = 4;

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

function beamOf(refLength: number, hypLength: number): { ratio: number; beam: number } {
  const ratio = hypLength > 0 ? refLength / hypLength : 1;
  return { ratio, beam: BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH };
}

/**
 * BeamEditDistance.fill(hyp, 0) with two rows instead of the matrices (no alignment, so no shifts):
 * time grows with words × beam and memory with the reference, so long texts stay cheap.
 */
function beamDistance(hyp: readonly string[], ref: readonly string[]): number {
  const cols = ref.length + 1;
  const { ratio, beam } = beamOf(ref.length, hyp.length);
  let prev = new Int32Array(cols).map((_, j) => j);
  let cur = new Int32Array(cols).fill(INF);
  // The band each array last held: everything outside it is INF, so only the band is reset on reuse.
  let prevBand: [number, number] = [0, cols];
  let curBand: [number, number] = [0, 0];
  for (let i = 1; i <= hyp.length; i++) {
    cur.fill(INF, curBand[0], curBand[1]);
    const diag = Math.floor(i * ratio);
    const minJ = Math.max(0, diag - beam);
    const maxJ = i === hyp.length ? cols : Math.min(cols, diag + beam);
    const word = hyp[i - 1];
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        cur[0] = (prev[0] ?? INF) + 1;
        continue;
      }
      let best = (prev[j - 1] ?? INF) + (word === ref[j - 1] ? 0 : 1);
      best = Math.min(best, (prev[j] ?? INF) + 1, (cur[j - 1] ?? INF) + 1);
      cur[j] = best;
    }
    [prev, cur] = [cur, prev];
    [curBand, prevBand] = [prevBand, [minJ, maxJ]];
  }
  return prev[cols - 1] ?? INF;
}

/**
 * Levenshtein matrix restricted to a beam around the (length-scaled) diagonal. The matrix of the
 * current hypothesis is kept so candidates that share a prefix with it reuse those rows instead of
 * recomputing them — the shifted sentence only differs after min(start, target).
 */
class BeamEditDistance {
  private readonly cols: number;
  private readonly ratio: number;
  private readonly beam: number;
  private readonly cost: Int32Array;
  private readonly op: Uint8Array;
  private readonly baseCost: Int32Array;

  constructor(
    private readonly ref: readonly string[],
    hypLength: number,
  ) {
    this.cols = ref.length + 1;
    // Shifts never change the hypothesis length, so ratio and beam are fixed per sentence.
    ({ ratio: this.ratio, beam: this.beam } = beamOf(ref.length, hypLength));
    const size = (hypLength + 1) * this.cols;
    this.cost = new Int32Array(size);
    this.op = new Uint8Array(size);
    this.baseCost = new Int32Array(size);
    for (let j = 0; j < this.cols; j++) {
      this.cost[j] = j;
      this.op[j] = INS;
    }
    this.baseCost.set(this.cost.subarray(0, this.cols));
  }

  /** Remembers the current matrix as the one later candidates may borrow prefix rows from. */
  keepAsBase(): void {
    this.baseCost.set(this.cost);
  }

  /** Edit distance of `words` to the reference, reusing base rows 0..reuse (shared prefix). */
  fill(words: readonly string[], reuse: number): number {
    const { cols, cost, op, ref } = this;
    const n = words.length;
    if (reuse > 0) cost.set(this.baseCost.subarray(0, (reuse + 1) * cols));
    for (let i = Math.max(1, reuse + 1); i <= n; i++) {
      const row = i * cols,
        prev = row - cols;
      cost.fill(INF, row, row + cols);
      op.fill(UNDEF, row, row + cols);
      const diag = Math.floor(i * this.ratio);
      const minJ = Math.max(0, diag - this.beam);
      const maxJ = i === n ? cols : Math.min(cols, diag + this.beam);
      const word = words[i - 1];
      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          cost[row] = (cost[prev] ?? INF) + 1;
          op[row] = DEL;
          continue;
        }
        // Preference on ties: match/substitution, then deletion, then insertion (tercom's order
        // once sacrebleu's trace flip is taken into account).
        const same = word === ref[j - 1];
        let best = (cost[prev + j - 1] ?? INF) + (same ? 0 : 1),
          bestOp = same ? NOP : SUB;
        const del = (cost[prev + j] ?? INF) + 1;
        if (del < best) {
          best = del;
          bestOp = DEL;
        }
        const ins = (cost[row + j - 1] ?? INF) + 1;
        if (ins < best) {
          best = ins;
          bestOp = INS;
        }
        cost[row + j] = best;
        op[row + j] = bestOp;
      }
    }
    return cost[n * cols + cols - 1] ?? INF;
  }

  /** Alignment of the last `fill`: reference position → hypothesis position, and error flags. */
  alignment(n: number): { align: number[]; hypErr: number[]; refErr: number[] } {
    const trace: number[] = [];
    for (let i = n, j = this.cols - 1; i > 0 || j > 0;) {
      const o = this.op[i * this.cols + j] ?? UNDEF;
      trace.push(o);
      if (o === NOP || o === SUB) {
        i--;
        j--;
      } else if (o === INS) j--;
      else if (o === DEL) i--;
      else throw new Error("TER: trace left the beam");
    }
    trace.reverse();
    const align: number[] = [],
      hypErr: number[] = [],
      refErr: number[] = [];
    let h = -1;
    for (const o of trace) {
      if (o === NOP || o === SUB) {
        h++;
        align.push(h);
        hypErr.push(o === SUB ? 1 : 0);
        refErr.push(o === SUB ? 1 : 0);
      } else if (o === DEL) {
        h++;
        hypErr.push(1);
      } // hypothesis word with no reference word
      else {
        align.push(h);
        refErr.push(1);
      } // reference word missing from the hypothesis
    }
    return { align, hypErr, refErr };
  }
}
