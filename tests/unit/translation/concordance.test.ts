// Concordance words: folded like article search (marks and đ), with their place in the original text.
import { describe, expect, it } from "vitest";
import { hasPhrase, indexWords, matchWords, queryWords, wordSpans } from "@/lib/translation/concordance";

describe("concordance words", () => {
  it("folds Vietnamese marks and đ, and German umlauts, to lower-case words", () => {
    expect(indexWords("Đà Nẵng, Cà Mau!", "Über Straße")).toEqual(["da", "nang", "ca", "mau", "uber", "straße"]);
    expect(queryWords("ca mau")).toEqual(queryWords("CÀ MAU"));
  });

  it("keeps each word's range in the original text, composed or decomposed", () => {
    const text = "Bão vào Cà Mau.";
    expect(wordSpans(text).map((w) => text.slice(w.start, w.end))).toEqual(["Bão", "vào", "Cà", "Mau"]);
    const nfd = "Cà Mau".normalize("NFD");
    expect(wordSpans(nfd).map((w) => [w.word, nfd.slice(w.start, w.end)])).toEqual([
      ["ca", "Cà".normalize("NFD")],
      ["mau", "Mau"],
    ]);
  });

  it("highlights every occurrence of a query word and tells which words a text holds", () => {
    const m = matchWords("Mưa ở Cà Mau, Cà Mau ngập.", ["ca", "mau", "hue"]);
    expect(m.ranges).toEqual([
      { start: 6, end: 8 },
      { start: 9, end: 12 },
      { start: 14, end: 16 },
      { start: 17, end: 20 },
    ]);
    expect([...m.found]).toEqual(["ca", "mau"]);
  });

  it("tells a phrase from scattered words, and leaves out over-long tokens and extra query words", () => {
    expect(hasPhrase("Bão vào Cà Mau", ["ca", "mau"])).toBe(true);
    expect(hasPhrase("Mau chóng về Cà", ["ca", "mau"])).toBe(false);
    expect(indexWords("x".repeat(41) + " y")).toEqual(["y"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
  });
});
