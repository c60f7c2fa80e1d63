import { describe, expect, it } from "vitest";
import { effortReport, weekOf } from "@/lib/review/effort-report";

const row = (articleId: string, lang: "de" | "en", machineText: string | null, text: string, editedAt = new Date("2026-11-25T10:00:00Z")) =>
  ({ articleId, title: articleId, lang, machineText, text, seconds: 30, editedAt });

describe("effort report", () => {
  it("weeks start on Monday (UTC)", () => {
    expect(weekOf(new Date("2026-11-25T10:00:00Z"))).toBe("2026-11-23"); // a Wednesday
    expect(weekOf(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(weekOf(new Date("2026-11-22T23:59:00Z"))).toBe("2026-11-16"); // Sunday belongs to the week before
  });

  it("word-weights HTER per article and language, ignores rows without a machine text, and buckets by week", () => {
    const report = effortReport([
      row("a", "de", "Der Hund bellt laut", "Der Hund bellt laut"),
      row("a", "de", "eins zwei", "eins drei"),
      row("a", "en", null, "written from scratch"),
      row("b", "en", "the cat sat", "the cat sat down", new Date("2026-11-10T09:00:00Z")),
    ]);
    const a = report.articles.find((x) => x.articleId === "a")!;
    expect(a.de.words).toBe(6);
    expect(a.de.hter).toBeCloseTo(1 / 6);
    expect(a.en.segments).toBe(0);
    expect(report.weeks).toEqual([
      { week: "2026-11-09", de: null, en: 0.25 },
      { week: "2026-11-23", de: expect.closeTo(1 / 6), en: null },
    ]);
  });
});
