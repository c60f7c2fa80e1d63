import { describe, expect, it } from "vitest";
import { cellOf, effortWeeks, NO_SUMS, periodStart, weekOf } from "@/lib/review/effort-report";
import { effortFields } from "@/lib/review/effort-fields";
import { hterDetail } from "@/lib/review/effort";

const sums = (over: Partial<typeof NO_SUMS>) => ({ ...NO_SUMS, ...over });

describe("effort report", () => {
  it("weeks start on Monday (UTC)", () => {
    expect(weekOf(new Date("2026-11-25T10:00:00Z"))).toBe("2026-11-23"); // a Wednesday
    expect(weekOf(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(weekOf(new Date("2026-11-22T23:59:00Z"))).toBe("2026-11-16"); // Sunday belongs to the week before
  });

  it("periods are the last N days, or all time", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    expect(periodStart("30", now)?.toISOString()).toBe("2026-10-28T12:00:00.000Z");
    expect(periodStart("all", now)).toBeNull();
  });

  it("word-weights HTER over the translations with a baseline; none is 'no baseline', not 0", () => {
    expect(cellOf(sums({ segments: 3, words: 20, seconds: 90, baseSegments: 2, baseWords: 16, edits: 4 })))
      .toEqual({ hter: 0.25, segments: 3, words: 20, seconds: 90, baseSegments: 2 });
    expect(cellOf(sums({ segments: 2, words: 9, seconds: 300 })).hter).toBeNull();
  });

  it("sums (week, language) groups into a weekly chart and the period's totals", () => {
    const { weeks, totals } = effortWeeks([
      { week: "2026-11-23", lang: "de", sums: sums({ segments: 2, words: 6, baseSegments: 2, baseWords: 6, edits: 1 }) },
      { week: "2026-11-09", lang: "en", sums: sums({ segments: 1, words: 4, baseSegments: 1, baseWords: 4, edits: 1 }) },
      { week: "2026-11-23", lang: "en", sums: sums({ segments: 1, words: 3, seconds: 60 }) },
    ]);
    expect(weeks).toEqual([{ week: "2026-11-09", de: null, en: 0.25 }, { week: "2026-11-23", de: 1 / 6, en: null }]);
    expect(totals.en).toEqual({ hter: 0.25, segments: 2, words: 7, seconds: 60, baseSegments: 1 });
  });
});

describe("stored effort fields", () => {
  const at = new Date("2026-11-25T10:00:00Z");

  it("hold HTER against the baseline, the words of the text and the week", () => {
    const d = hterDetail("eins zwei drei", "eins drei vier");
    expect(effortFields("eins drei vier", "eins zwei drei", at)).toEqual({ effortEdits: d.edits, effortHter: d.hter,
      effortWords: 3, effortBaseWords: 3, effortAt: at, effortWeek: "2026-11-23" });
  });

  it("have no HTER without a baseline, and no words for an empty text", () => {
    expect(effortFields("Von Grund auf geschrieben.", null, at)).toMatchObject({ effortEdits: null, effortHter: null,
      effortWords: 5, effortBaseWords: null });
    expect(effortFields("  ", "eins", at)).toMatchObject({ effortEdits: null, effortHter: null, effortWords: 0, effortBaseWords: null });
  });
});
