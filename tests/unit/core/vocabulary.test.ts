import { describe, expect, it } from "vitest";
import { parseOrigin, parseSegmentKind, parseTargetLang, parseTranslationState, perTargetLang } from "@/lib/vocabulary";

describe("vocabulary parsers", () => {
  it("return the typed value for a known database string", () => {
    expect(parseTargetLang("de")).toBe("de");
    expect(parseSegmentKind("caption")).toBe("caption");
    expect(parseTranslationState("approved")).toBe("approved");
    expect(parseOrigin("tm")).toBe("tm");
  });

  it("fail loudly on anything else", () => {
    expect(() => parseTargetLang("vi")).toThrow(/target language: "vi"/);
    expect(() => parseSegmentKind("Title")).toThrow(/segment kind/);
    expect(() => parseTranslationState(null)).toThrow(/translation state: null/);
    expect(() => parseOrigin("")).toThrow(/origin/);
  });

  it("builds one value per target language", () => {
    expect(perTargetLang((lang) => lang.toUpperCase())).toEqual({ de: "DE", en: "EN" });
  });
});
