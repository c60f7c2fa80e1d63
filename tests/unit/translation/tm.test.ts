import { describe, expect, it } from "vitest";
import { findFuzzy, normalizeForTm, similarity } from "@/lib/translation/tm";

describe("normalizeForTm", () => {
  it("applies NFC and collapses whitespace", () => {
    const decomposed = "Ti\u0309nh u\u0309y"; // combining hook above
    expect(normalizeForTm(`  ${decomposed}\u00a0 Quảng\n\tNinh  `)).toBe("Tỉnh ủy Quảng Ninh");
    expect(normalizeForTm(decomposed)).toBe(normalizeForTm("Tỉnh ủy"));
  });
  it("keeps case and punctuation", () => {
    expect(normalizeForTm("Hà Nội.")).not.toBe(normalizeForTm("hà nội"));
  });
});

describe("similarity (1 − char Levenshtein / max length, code points, NFC)", () => {
  it("is 1 for identical (after normalisation) and 0 for disjoint", () => {
    expect(similarity("Tỉnh ủy", "Ti\u0309nh  u\u0309y")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("", "")).toBe(1);
  });
  it("counts one changed tone mark as one edit", () => {
    const a = "Giá xăng tăng 10,03 % trong tháng 3";
    const b = "Giá xăng tăng 10,03 % trong thang 3";
    expect(similarity(a, b)).toBeCloseTo(1 - 1 / [...a].length, 10);
  });
  it("is symmetric", () => {
    expect(similarity("kitten", "sitting")).toBeCloseTo(1 - 3 / 7, 10);
    expect(similarity("sitting", "kitten")).toBeCloseTo(1 - 3 / 7, 10);
  });
});

describe("findFuzzy", () => {
  const tm = [
    { source: "Tỉnh ủy Quảng Ninh họp phiên thường kỳ tháng 3.", de: "A" },
    { source: "Tỉnh ủy Quảng Ninh họp phiên thường kỳ tháng 4.", de: "B" },
    { source: "Tỉnh ủy Quảng Ninh họp phiên bất thường.", de: "C" },
    { source: "Thời tiết hôm nay đẹp.", de: "D" },
  ];
  it("returns matches ≥ 75 % with their score, best first", () => {
    const res = findFuzzy("Tỉnh ủy Quảng Ninh họp phiên thường kỳ tháng 3.", tm);
    expect(res[0]).toEqual({ candidate: tm[0], score: 1 });
    expect(res[1]!.candidate).toBe(tm[1]);
    expect(res[1]!.score).toBeCloseTo(1 - 1 / 47, 6);
    expect(res.every((r) => r.score >= 0.75)).toBe(true);
    expect(res.map((r) => r.candidate.de)).not.toContain("D");
  });
  it("agrees with similarity() and honours min and limit", () => {
    const q = "Tỉnh ủy Quảng Ninh họp phiên thường kỳ.";
    const all = findFuzzy(q, tm, { min: 0, limit: 10 });
    expect(all).toHaveLength(4);
    for (const r of all) expect(r.score).toBeCloseTo(similarity(q, r.candidate.source), 10);
    expect(findFuzzy(q, tm, { min: 0, limit: 2 })).toHaveLength(2);
    expect(findFuzzy(q, tm, { min: 0.99 })).toHaveLength(0);
  });
  it("accepts plain strings and is fast on a large memory", () => {
    const base = "Ủy ban nhân dân thành phố Hà Nội vừa ban hành kế hoạch phát triển kinh tế năm 2025";
    const cands = Array.from({ length: 5_000 }, (_, i) => `${base} số ${i}`);
    const t0 = performance.now();
    const res = findFuzzy(`${base} số 1234`, cands, { min: 0.75, limit: 5 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(res[0]!.candidate).toBe(`${base} số 1234`);
    expect(res).toHaveLength(5);
  });
});

describe("findFuzzy pruning is exact", () => {
  function naive(a: string, b: string): number {
    const x = [...normalizeForTm(a)];
    const y = [...normalizeForTm(b)];
    const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
    for (let j = 1; j <= y.length; j++) d[0]![j] = j;
    for (let i = 1; i <= x.length; i++)
      for (let j = 1; j <= y.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    const len = Math.max(x.length, y.length);
    return len === 0 ? 1 : 1 - d[x.length]![y.length]! / len;
  }
  it("matches a naive Levenshtein on random Vietnamese-like strings", () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ["a", "ă", "â", "ệ", "ỉ", "n", "h", " ", "đ", "ư", "ơ"];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
    for (let k = 0; k < 300; k++) {
      const a = word(1 + Math.floor(rnd() * 25));
      const b =
        rnd() < 0.5
          ? word(1 + Math.floor(rnd() * 25))
          : a.slice(0, Math.floor(rnd() * a.length)) +
            word(Math.floor(rnd() * 4)) +
            a.slice(Math.floor(rnd() * a.length));
      const expected = naive(a, b);
      expect(similarity(a, b)).toBeCloseTo(expected, 10);
      for (const min of [0.5, 0.75, 0.9]) {
        const got = findFuzzy(a, [b], { min });
        if (expected >= min + 1e-9) expect(got[0]?.score).toBeCloseTo(expected, 10);
        if (expected < min - 1e-9) expect(got).toHaveLength(0);
      }
    }
  });
});
