// Overlap tests against many spans without comparing every pair: a text of n characters can hold
// n/2 numbers, dates or masks, and "does this span overlap any of those" asked for each of them
// would make the analysis quadratic. Spans are merged into sorted disjoint intervals once; a
// question is then a binary search.
import type { Span } from "../types";

export class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(spans: readonly Span[]) {
    const starts: number[] = [];
    const ends: number[] = [];
    // Spans usually come in text order already (regex matches): then no sort is needed.
    let inOrder = true;
    for (let i = 1; i < spans.length && inOrder; i++) inOrder = (spans[i - 1] as Span)[0] <= (spans[i] as Span)[0];
    const sorted = inOrder ? spans : [...spans].sort((x, y) => x[0] - y[0]);
    let end = -1;
    for (let i = 0; i < sorted.length; i++) {
      const span = sorted[i] as Span;
      const a = span[0];
      const b = span[1];
      if (a >= b) continue;
      if (a < end) {
        end = Math.max(end, b);
        ends[ends.length - 1] = end;
      } else {
        starts.push(a);
        ends.push(b);
        end = b;
      }
    }
    this.starts = starts;
    this.ends = ends;
  }

  /** Whether [a, b) shares at least one character with one of the spans (spans are never empty here). */
  overlaps(span: Span): boolean {
    const a = span[0];
    const b = span[1];
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

/** Two lists of spans in text order merged into one, still in order (linear, unlike a sort). */
export function mergeInOrder(x: readonly Span[], y: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if ((x[i] as Span)[0] <= (y[j] as Span)[0]) out.push(x[i++] as Span);
    else out.push(y[j++] as Span);
  }
  while (i < x.length) out.push(x[i++] as Span);
  while (j < y.length) out.push(y[j++] as Span);
  return out;
}
