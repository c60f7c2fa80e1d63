// The full beam matrix TER's shift search needs: costs, the operations behind them, and the alignment.
import { INF, beamOf } from "./ter-distance";

// Edit operations, read as rewriting the hypothesis (rows) into the reference (columns).
const NOP = 0,
  SUB = 1,
  DEL = 2,
  INS = 3,
  UNDEF = 4;

/**
 * Levenshtein matrix restricted to a beam around the (length-scaled) diagonal. The matrix of the
 * current hypothesis is kept so candidates that share a prefix with it reuse those rows instead of
 * recomputing them — the shifted sentence only differs after min(start, target).
 */
export class BeamEditDistance {
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
