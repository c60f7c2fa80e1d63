import { describe, expect, it } from "vitest";
import { nextOpenCell, type OpenCellRow } from "@/lib/review/next-open";
import type { TranslationState } from "@/lib/vocabulary";

const row = (id: string, de?: TranslationState, en?: TranslationState): OpenCellRow => ({
  id,
  translations: { ...(de ? { de: { state: de } } : {}), ...(en ? { en: { state: en } } : {}) },
});

describe("nextOpenCell (Ctrl+Enter)", () => {
  it("goes down the same column to the next segment that still needs work, skipping done ones and boilerplate", () => {
    const rows = [row("a", "draft", "draft"), row("b", "translated", "draft"), row("ad"), row("c", "machine")];
    expect(nextOpenCell(rows, { segmentId: "a", lang: "de" })).toEqual({ segmentId: "c", lang: "de" });
  });

  it("after the last open segment of a column, goes to the other language's column from the top", () => {
    const rows = [
      row("a", "translated", "approved"),
      row("b", "draft", "rejected"),
      row("c", "untranslated", "translated"),
    ];
    expect(nextOpenCell(rows, { segmentId: "c", lang: "de" })).toEqual({ segmentId: "b", lang: "en" });
    expect(nextOpenCell(rows, { segmentId: "b", lang: "en" })).toEqual({ segmentId: "b", lang: "de" });
  });

  it("comes back to what is still open above in the same column, and says when nothing is left", () => {
    const rows = [row("a", "draft", "approved"), row("b", "translated", "translated"), row("c", "draft", "approved")];
    expect(nextOpenCell(rows, { segmentId: "c", lang: "de" })).toEqual({ segmentId: "a", lang: "de" });
    const done = [row("a", "translated", "approved"), row("b", "draft", "translated")];
    expect(nextOpenCell(done, { segmentId: "b", lang: "de" })).toBeNull();
  });
});
