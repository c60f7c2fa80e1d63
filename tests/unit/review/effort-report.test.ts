import { describe, expect, it } from "vitest";
import { cellOf, effortWeeks, NO_SUMS, periodStart, weekOf } from "@/lib/review/effort-report";
import { effortFields } from "@/lib/review/effort-fields";
import { hterDetail } from "@/lib/review/effort";
import { effortDeltas, type StoredEffort } from "@/lib/review/effort-rollup";

const sums = (over: Partial<typeof NO_SUMS>) => ({ ...NO_SUMS, ...over });

describe("effort report", () => {
  it("weeks start on Monday (UTC)", () => {
    expect(weekOf(new Date("2026-11-25T10:00:00Z"))).toBe("2026-11-23"); // a Wednesday
    expect(weekOf(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(weekOf(new Date("2026-11-22T23:59:00Z"))).toBe("2026-11-16"); // Sunday belongs to the week before
    expect(weekOf("2026-11-29")).toBe("2026-11-23");
  });

  it("periods are today and the N−1 days before (whole UTC days), or all time", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    expect(periodStart("30", now)?.toISOString()).toBe("2026-10-29T00:00:00.000Z");
    expect(periodStart("7", new Date("2026-11-27T00:00:00Z"))?.toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect(periodStart("all", now)).toBeNull();
  });

  it("word-weights HTER over the translations with a baseline; none is 'no baseline', not 0", () => {
    expect(cellOf(sums({ segments: 3, words: 20, seconds: 90, baseSegments: 2, baseWords: 16, edits: 4 }))).toEqual({
      hter: 0.25,
      segments: 3,
      words: 20,
      seconds: 90,
      baseSegments: 2,
    });
    expect(cellOf(sums({ segments: 2, words: 9, seconds: 300 })).hter).toBeNull();
  });

  it("sums (week, language) groups into a weekly chart and the period's totals", () => {
    const { weeks, totals } = effortWeeks([
      {
        week: "2026-11-23",
        lang: "de",
        sums: sums({ segments: 2, words: 6, baseSegments: 2, baseWords: 6, edits: 1 }),
      },
      {
        week: "2026-11-09",
        lang: "en",
        sums: sums({ segments: 1, words: 4, baseSegments: 1, baseWords: 4, edits: 1 }),
      },
      { week: "2026-11-23", lang: "en", sums: sums({ segments: 1, words: 3, seconds: 60 }) },
    ]);
    expect(weeks).toEqual([
      { week: "2026-11-09", de: null, en: 0.25 },
      { week: "2026-11-23", de: 1 / 6, en: null },
    ]);
    expect(totals.en).toEqual({ hter: 0.25, segments: 2, words: 7, seconds: 60, baseSegments: 1 });
  });
});

describe("stored effort fields", () => {
  const at = new Date("2026-11-25T10:00:00Z");

  it("hold HTER against the baseline, the words of the text and the week", () => {
    const d = hterDetail("eins zwei drei", "eins drei vier");
    expect(effortFields("eins drei vier", "eins zwei drei", at)).toEqual({
      effortEdits: d.edits,
      effortHter: d.hter,
      effortWords: 3,
      effortBaseWords: 3,
      effortAt: at,
      effortDay: "2026-11-25",
    });
  });

  it("have no HTER without a baseline, and no words for an empty text", () => {
    expect(effortFields("Von Grund auf geschrieben.", null, at)).toMatchObject({
      effortEdits: null,
      effortHter: null,
      effortWords: 5,
      effortBaseWords: null,
    });
    expect(effortFields("  ", "eins", at)).toMatchObject({
      effortEdits: null,
      effortHter: null,
      effortWords: 0,
      effortBaseWords: null,
    });
  });
});

describe("per-day sums kept under changes", () => {
  const e = (day: string, over: Partial<StoredEffort> = {}): StoredEffort => ({
    effortAt: new Date(`${day}T10:00:00Z`),
    effortWords: 10,
    effortBaseWords: 10,
    effortEdits: 2,
    editSeconds: 30,
    ...over,
  });

  it("move a translation's contribution from its old day to its new one, in key order", () => {
    const deltas = effortDeltas([
      { lang: "en", before: e("2026-11-02"), after: e("2026-11-25", { effortEdits: 3, editSeconds: 50 }) },
      { lang: "de", before: null, after: e("2026-11-25", { effortBaseWords: null, effortEdits: null }) },
    ]);
    expect(deltas).toEqual([
      {
        day: "2026-11-02",
        week: "2026-11-02",
        lang: "en",
        sums: { segments: -1, words: -10, seconds: -30, baseSegments: -1, baseWords: -10, edits: -2 },
      },
      {
        day: "2026-11-25",
        week: "2026-11-23",
        lang: "de",
        sums: { segments: 1, words: 10, seconds: 30, baseSegments: 0, baseWords: 0, edits: 0 },
      },
      {
        day: "2026-11-25",
        week: "2026-11-23",
        lang: "en",
        sums: { segments: 1, words: 10, seconds: 50, baseSegments: 1, baseWords: 10, edits: 3 },
      },
    ]);
  });

  it("leave out what cancels and what was never measured", () => {
    expect(effortDeltas([{ lang: "de", before: e("2026-11-25"), after: e("2026-11-25") }])).toEqual([]);
    expect(effortDeltas([{ lang: "de", before: null, after: { ...e("2026-11-25"), effortAt: null } }])).toEqual([]);
  });
});
