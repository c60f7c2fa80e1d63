import { describe, expect, it } from "vitest";
import { codePointLength, pseudoTranslate } from "@/tests/deepl-server/pseudo";

describe("pseudo-translation of the local DeepL server", () => {
  const src = "Năm 2025, tỉnh Quảng Ninh thu 40.000 tỷ đồng, tăng 10,03 % và người dân vui.";
  it("is deterministic, tagged, different for DE and EN, and keeps numbers", () => {
    const de = pseudoTranslate(src, "DE");
    const gb = pseudoTranslate(src, "EN-GB");
    expect(pseudoTranslate(src, "DE")).toBe(de);
    expect(de.startsWith("[DE] ")).toBe(true);
    expect(gb.startsWith("[EN-GB] ")).toBe(true);
    expect(de).not.toBe(gb.replace("[EN-GB]", "[DE]"));
    expect(de).toContain("Milliarden VND");
    expect(gb).toContain("billion VND");
    for (const n of ["2025", "40.000", "10,03"]) {
      expect(de).toContain(n);
      expect(gb).toContain(n);
    }
  });
  it("applies glossary terms before its own lexicon and marks German formality", () => {
    const glossary = new Map([["tỉnh Quảng Ninh", "Provinz Quang Ninh"]]);
    expect(pseudoTranslate(src, "DE", { glossary })).toContain("Provinz Quang Ninh");
    expect(pseudoTranslate(src, "DE", { formality: "more" }).startsWith("[DE·Sie] ")).toBe(true);
    expect(pseudoTranslate(src, "DE", { formality: "less" }).startsWith("[DE·du] ")).toBe(true);
  });
  it("counts code points", () => {
    expect(codePointLength("Tỉnh 😀")).toBe(6);
  });
});
