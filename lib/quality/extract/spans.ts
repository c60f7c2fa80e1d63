// Overlap tests against many spans without comparing every pair: a text of n characters can hold
// n/2 numbers, dates or masks, and "does this span overlap any of those" asked for each of them
// would make the analysis quadratic. Spans are merged into sorted disjoint intervals once; a
// question is then a binary search.
import type { Span } from "../types";

export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
    for (const [a, b] of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && a < (this.ends[last] ?? 0)) this.ends[last] = Math.max(this.ends[last] ?? 0, b);
      else {
        this.starts.push(a);
        this.ends.push(b);
      }
    }
  }

  /** Whether [a, b) shares at least one character with one of the spans (spans are never empty here). */
  overlaps([a, b]: Span): boolean {
    if (a >= b) return false;
    // The last interval starting before b is the only candidate: earlier ones end before it starts.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < b) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && a < (this.ends[found] ?? 0);
  }
}
