// The fuzzy index's grams and its candidate bound: no unit that reaches 75 % may fall below the bound.
import { describe, expect, it } from "vitest";
import { normalizeForTm, similarity } from "@/lib/translation";
import { mulberry32 } from "@/tests/factories/mulberry32";
import { gramBound, gramPlan, gramsOf, pairBound, sharedGrams } from "@/lib/translation/tm-grams";

describe("gramsOf", () => {
  it("pads with two spaces, takes every 3-character window and tags repeats", () => {
    expect(gramsOf("ab")).toEqual(["  a", " ab", "ab ", "b  "]);
    expect(gramsOf("ngng")).toEqual(["  n", " ng", "ngn", "gng", "ng ", "g  "]);
    expect(gramsOf("aaaa")).toEqual(["  a", " aa", "aaa", "aaa#2", "aa ", "a  "]);
    expect(gramsOf("")).toEqual(["   ", "   #2"]);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(gramsOf("Đ𝔸ồ")).toHaveLength(5);
  });
});

const ALPHABET = ["a", "n", "g", " ", "ư", "ờ", "i", "đ", "t", "h"];

function mutate(s: string, edits: number, r: () => number): string {
  const cps = Array.from(s);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (cps.length + 1));
    const ch = ALPHABET[Math.floor(r() * ALPHABET.length)]!;
    const op = r();
    if (op < 0.34 || cps.length === 0) cps.splice(at, 0, ch);
    else if (op < 0.67) cps.splice(Math.min(at, cps.length - 1), 1);
    else cps[Math.min(at, cps.length - 1)] = ch;
  }
  return cps.join("");
}

describe("the candidate bound", () => {
  it("holds for every pair that reaches 75 % (random strings and edits)", () => {
    const r = mulberry32(42);
    let matched = 0;
    for (let i = 0; i < 4000; i++) {
      const len = 1 + Math.floor(r() * 60);
      // the memory stores normalised sources (trimmed, one space between words), so the test does too
      const a = normalizeForTm(Array.from({ length: len }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]).join(""));
      const b = normalizeForTm(mutate(a, Math.floor(r() * (len / 3 + 2)), r));
      if (similarity(a, b) < 0.75) continue;
      matched++;
      const [la, lb] = [Array.from(a).length, Array.from(b).length];
      const bound = gramBound(la, 0.75);
      const shared = sharedGrams(gramsOf(a), gramsOf(b));
      expect(lb).toBeGreaterThanOrEqual(bound.minLength);
      expect(lb).toBeLessThanOrEqual(bound.maxLength);
      expect(shared).toBeGreaterThanOrEqual(pairBound(la, lb, 0.75));
      expect(shared).toBeGreaterThanOrEqual(bound.shared);
    }
    expect(matched).toBeGreaterThan(500);
  });

  it("asks at least 2 shared grams even of a one-letter query, and length ranges follow the 25 % rule", () => {
    expect(gramBound(1, 0.75)).toEqual({ minLength: 1, maxLength: 1, shared: 3 });
    expect(gramBound(100, 0.75)).toMatchObject({ minLength: 75, maxLength: 133 });
    expect(gramBound(100, 0.75).shared).toBeGreaterThanOrEqual(27);
  });
});

describe("gramPlan", () => {
  it("leaves out the most common grams, at most half the bound, and lowers the need by as many", () => {
    const rank = (g: string) => ({ x: 0, y: 1, z: 2 })[g] ?? Infinity;
    expect(gramPlan(["a", "x", "b", "y", "z"], 4, rank)).toEqual({ lookup: ["a", "b", "z"], need: 2 });
    expect(gramPlan(["a", "x", "b", "y", "z"], 3, rank)).toEqual({ lookup: ["a", "b", "y", "z"], need: 2 });
    expect(gramPlan(["a", "b"], 2, rank)).toEqual({ lookup: ["a", "b"], need: 2 });
  });
});
