// TER with block shifts (Snover et al.), tokenisation, and the word limit of the shift search.
import { describe, expect, it } from "vitest";
import { hter, hterDetail, MAX_SHIFT_SEARCH_WORDS } from "@/lib/review/effort";
import { terEdits } from "@/lib/review/ter";
import { terWords } from "@/lib/review/ter-tokenize";
import { mt, pe } from "./mlqe-pe";

describe("TER with shifts", () => {
  it("scores Snover et al.'s example: one block shift, two substitutions, one insertion", () => {
    const hyp = "this week the saudis denied information published in the new york times";
    const ref = "SAUDI ARABIA denied this week information published in the AMERICAN new york times";
    expect(hterDetail(hyp, ref)).toEqual({ edits: 4, words: 13, hter: 4 / 13 });
  });

  it("counts a moved phrase as one edit where plain edit distance needs several", () => {
    expect(terEdits("on the mat the cat sat".split(" "), "the cat sat on the mat".split(" "))).toBe(1);
    expect(terEdits(["b", "c", "a"], ["a", "b", "c"])).toBe(1);
    // Reordering that no single shift fixes still costs substitutions.
    expect(terEdits(["a", "b"], ["b", "c"])).toBe(2);
  });

  it("handles empty texts: nothing to do is 0, an emptied segment is 1", () => {
    expect(hter("", "")).toBe(0);
    expect(hter("  ", "")).toBe(0);
    expect(hter("Tin mới nhất", "")).toBe(1);
    expect(hter("", "Tin mới nhất")).toBe(1);
  });

  it("ignores case by default like tercom, but can be case-sensitive", () => {
    expect(hter("Ông Nguyễn Đức Hiển", "ông nguyễn đức hiển")).toBe(0);
    expect(hter("Ông Nguyễn Đức Hiển", "ông Nguyễn Đức Hiển", { caseSensitive: true })).toBe(0.25);
    // A tone mark is a different word, not a case difference.
    expect(hter("Nguyễn Đức Hiển", "Nguyễn Đức Hiến")).toBeCloseTo(1 / 3, 12);
    // Combining and precomposed forms of the same syllable are the same word.
    expect(hter("Hie\u0302\u0309n", "Hiển")).toBe(0);
  });

  it("tokenises raw editor text like Moses, and leaves tokenised text alone", () => {
    expect(terWords("Sáng nay (24/3), giá tăng 10,03%.", "moses-like")).toEqual([
      "sáng",
      "nay",
      "(",
      "24",
      "/",
      "3",
      ")",
      ",",
      "giá",
      "tăng",
      "10,03",
      "%",
      ".",
    ]);
    expect(terWords("Am 24. März sagte Dr. Weber: „Gut.“", "moses-like", true)).toEqual([
      "Am",
      "24.",
      "März",
      "sagte",
      "Dr.",
      "Weber",
      ":",
      "„",
      "Gut",
      ".",
      "“",
    ]);
    expect(hter("Hà Nội, 24/3.", "Hà Nội , 24 / 3 .")).toBe(0);
    expect(hter("Hà Nội, 24/3.", "Hà Nội , 24 / 3 .", { tokenize: "none" })).toBeCloseTo(6 / 7, 12);
    for (const line of [...mt, ...pe]) {
      expect(terWords(line, "moses-like").join(" ")).toBe(terWords(line, "none").join(" "));
    }
  });
});

/** Textbook word-level Levenshtein distance, the reference for the shift-less scoring. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

describe("texts too long for the shift search", () => {
  it("without shifts, TER is the word edit distance (checked against Levenshtein on random short texts)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = (n: number) => Array.from({ length: n }, () => "abcde"[Math.floor(random() * 5)]!);
    for (let k = 0; k < 300; k++) {
      const hyp = words(Math.floor(random() * 20)),
        ref = words(Math.floor(random() * 20));
      expect(terEdits(hyp, ref, { shifts: false }), `${hyp.join("")} → ${ref.join("")}`).toBe(levenshtein(hyp, ref));
    }
  });

  it("a segment over the word limit is scored without shifts; one at the limit keeps them", () => {
    const block = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    // Moving the first word ten places on: one shift, but two edits (delete + insert) without the search.
    const moved = (n: number) => {
      const w = block(n);
      return [...w.slice(1, 11), w[0], ...w.slice(11)].join(" ");
    };
    const n = MAX_SHIFT_SEARCH_WORDS;
    expect(hterDetail(block(n).join(" "), moved(n)).edits).toBe(1);
    expect(hterDetail(block(n + 1).join(" "), moved(n + 1)).edits).toBe(2);
    // Long texts stay linear: 60,000 words are scored (the old matrices would need gigabytes).
    expect(hterDetail(block(60_000).join(" "), moved(60_000))).toMatchObject({ edits: 2, words: 60_000 });
  });
});
