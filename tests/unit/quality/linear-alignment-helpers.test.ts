// The helpers of the linear number alignment answer like the quadratic code they replaced.
import { describe, expect, it } from "vitest";
import { budget, takePairs } from "@/lib/quality/extract/greedy";
import { SpanIndex } from "@/lib/quality/extract/spans";
import type { Span } from "@/lib/quality/types";
import { mulberry32 } from "@/tests/factories/mulberry32";

describe("helpers of the linear alignment", () => {
  it("SpanIndex answers like comparing every pair", () => {
    const rnd = mulberry32(3);
    for (let round = 0; round < 300; round++) {
      const list: Span[] = Array.from({ length: Math.floor(rnd() * 12) }, () => {
        const a = Math.floor(rnd() * 40);
        return [a, a + 1 + Math.floor(rnd() * 6)];
      });
      const index = new SpanIndex(list);
      for (let a = 0; a < 45; a++) {
        for (let b = a + 1; b < a + 6; b++) expect(index.overlaps([a, b])).toBe(list.some((m) => a < m[1] && m[0] < b));
      }
    }
  });

  it("takePairs matches like find + splice", () => {
    const naive = (S: number[], T: number[], ok: (s: number, t: number) => boolean) => {
      const pairs: Array<{ s: number; t: number }> = [];
      for (const s of [...S]) {
        const t = T.find((x) => ok(s, x));
        if (t === undefined) continue;
        S.splice(S.indexOf(s), 1);
        T.splice(T.indexOf(t), 1);
        pairs.push({ s, t });
      }
      return pairs;
    };
    const rnd = mulberry32(5);
    const list = () => Array.from({ length: Math.floor(rnd() * 15) }, () => Math.floor(rnd() * 6));
    for (let round = 0; round < 500; round++) {
      const [S, T] = [list(), list()];
      const ok = (s: number, t: number) => s === t || s + 1 === t;
      const [S2, T2] = [[...S], [...T]];
      expect(takePairs(S2, T2, ok, budget())).toEqual(naive(S, T, ok));
      expect([S2, T2]).toEqual([S, T]);
    }
  });
});
