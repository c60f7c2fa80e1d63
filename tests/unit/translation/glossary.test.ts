import { describe, expect, it } from "vitest";
import { glossaryKey, highlightTerms, type GlossaryTerm } from "@/lib/translation/glossary";

const term = (vi: string, caseSensitive = false): GlossaryTerm => ({
  vi,
  de: `de:${vi}`,
  en: `en:${vi}`,
  caseSensitive,
});

describe("highlightTerms", () => {
  it("marks whole-word terms, longest first, and keeps the text intact", () => {
    const glossary = [term("Tỉnh"), term("Tỉnh ủy"), term("ủy")];
    const source = "Tỉnh ủy họp; tỉnh mới và Ủy ban.";
    const parts = highlightTerms(source, glossary);
    expect(parts.map((p) => p.text).join("")).toBe(source);
    expect(parts.filter((p) => p.term).map((p) => [p.text, p.term!.vi])).toEqual([
      ["Tỉnh ủy", "Tỉnh ủy"],
      ["tỉnh", "Tỉnh"],
      ["Ủy", "ủy"],
    ]);
  });

  it("respects the case rule, syllable boundaries, NFD input and spacing", () => {
    expect(
      highlightTerms("UBND và ubnd", [term("UBND", true)])
        .filter((p) => p.term)
        .map((p) => p.text),
    ).toEqual(["UBND"]);
    expect(highlightTerms("Tỉnhủy", [term("Tỉnh")]).some((p) => p.term)).toBe(false);
    expect(
      highlightTerms("Tỉnh  ủy".normalize("NFD"), [term("Tỉnh ủy")])
        .filter((p) => p.term)
        .map((p) => p.text),
    ).toEqual(["Tỉnh  ủy"]);
    expect(highlightTerms("", [term("a")])).toEqual([{ text: "" }]);
  });
});

describe("glossaryKey", () => {
  it("changes with what DeepL sees, not with order, notes or case rules", () => {
    const a = [term("a"), { ...term("b"), note: "x" }];
    expect(glossaryKey(a)).toBe(
      glossaryKey([
        { ...term("b", true), note: "y" },
        { ...term("a"), vi: " a " },
      ]),
    );
    expect(glossaryKey(a)).not.toBe(glossaryKey([term("a"), { ...term("b"), de: "other" }]));
  });
});
