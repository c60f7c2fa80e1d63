import { describe, expect, it } from "vitest";
import { mayTakeRepeat, repeatSegmentIds, repeatsToFill } from "@/lib/review/repeats";
import type { Origin, TranslationState } from "@/lib/vocabulary";

const row = (id: string, state: TranslationState, origin: Origin) => ({ id, state, origin });

describe("which repeats may take a confirmed text", () => {
  it("takes untranslated rows, machine text and drafts the memory filled", () => {
    expect(mayTakeRepeat(row("a", "untranslated", "none"))).toBe(true);
    expect(mayTakeRepeat(row("a", "machine", "machine"))).toBe(true);
    expect(mayTakeRepeat(row("a", "machine", "tm"))).toBe(true);
    expect(mayTakeRepeat(row("a", "draft", "tm"))).toBe(true);
    expect(mayTakeRepeat(row("a", "draft", "tm-fuzzy"))).toBe(true);
  });

  it("never overwrites what a person wrote or a reviewer decided", () => {
    expect(mayTakeRepeat(row("a", "draft", "human"))).toBe(false);
    expect(mayTakeRepeat(row("a", "draft", "import"))).toBe(false);
    for (const state of ["translated", "approved", "rejected"] as const) {
      expect(mayTakeRepeat(row("a", state, "human"))).toBe(false);
      expect(mayTakeRepeat(row("a", state, "machine"))).toBe(false);
      expect(mayTakeRepeat(row("a", state, "tm"))).toBe(false);
    }
  });

  it("keeps the ones that may, in id order (the lock order)", () => {
    const picked = repeatsToFill([
      row("c", "untranslated", "none"),
      row("b", "translated", "human"),
      row("a", "machine", "machine"),
      row("d", "draft", "human"),
    ]);
    expect(picked.map((r) => r.id)).toEqual(["a", "c"]);
  });
});

describe("repeat segments of an article", () => {
  const segments = [
    { id: "s1", sourceText: "Giá xăng tăng.", translatable: true },
    { id: "s2", sourceText: "Giá  xăng\u00a0tăng. ", translatable: true },
    { id: "s3", sourceText: "Giá xăng giảm.", translatable: true },
    { id: "s4", sourceText: "Giá xăng tăng.", translatable: false },
    { id: "s5", sourceText: "Gia\u0301 xăng tăng.", translatable: true },
    { id: "s6", sourceText: "giá xăng tăng.", translatable: true },
  ];

  it("finds the same source after normalisation (whitespace, NFC), not itself, not boilerplate, case kept", () => {
    expect(repeatSegmentIds({ id: "s1", source: "Giá xăng tăng." }, segments)).toEqual(["s2", "s5"]);
  });

  it("finds nothing for an empty source", () => {
    expect(repeatSegmentIds({ id: "x", source: "  " }, [{ id: "y", sourceText: "", translatable: true }])).toEqual([]);
  });
});
