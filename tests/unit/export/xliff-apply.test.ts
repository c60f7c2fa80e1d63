import { describe, expect, it } from "vitest";
import { planXliffImport } from "@/lib/export";
import type { ParsedXliff } from "@/lib/export/types";
import { publishedDoc, thrown, viLine, targetLine } from "./fixture";

const doc = publishedDoc("de");
const current = {
  lang: "de" as const,
  segments: doc.segments.map(({ id, source, target, translatable }) => ({ id, source, target, translatable })),
};
const file = (units: ParsedXliff["units"], trgLang = "de", srcLang = "vi"): ParsedXliff => ({
  version: "2.x",
  srcLang,
  trgLang,
  units,
  foreign: [],
});
const unit = (n: number, target: string | null) => ({ id: `seg-00${n}`, source: viLine(n), target });

describe("planXliffImport", () => {
  it("accepts a partial file and region subtags; plans only real changes, NFC and trimmed", () => {
    const plan = planXliffImport(
      file(
        [
          unit(0, "Walisische Abgeordnete fürchten, wie Muppets auszusehen "),
          unit(1, null),
          unit(2, targetLine("de", 2)),
        ],
        "de-DE",
      ),
      current,
    );
    expect(plan.changes).toEqual([
      { segmentId: "seg-000", text: "Walisische Abgeordnete fürchten, wie Muppets auszusehen" },
    ]);
  });

  it("treats decomposed diacritics and reflowed whitespace as unchanged", () => {
    const source = viLine(2).normalize("NFD").replace(/ /g, "\n   ");
    const target = ` ${targetLine("de", 2).normalize("NFD").replace(/ /g, "  ")}\n`;
    expect(planXliffImport(file([{ id: "seg-002", source, target }]), current).changes).toEqual([]);
  });

  it("refuses an unknown id, naming it", () => {
    expect(
      thrown(() => planXliffImport(file([unit(0, "x"), { id: "seg-999", source: "a", target: "b" }]), current)),
    ).toEqual({ code: "XLIFF_UNKNOWN_ID", params: { id: "seg-999" } });
  });

  it("refuses a source that no longer matches ours, even if only one word changed", () => {
    const changed = { id: "seg-002", source: viLine(2).replace("Nghị viện", "Quốc hội"), target: "neu" };
    expect(thrown(() => planXliffImport(file([unit(0, "Titel neu"), changed]), current))).toEqual({
      code: "XLIFF_SOURCE_MISMATCH",
      params: { id: "seg-002", segment: "seg-002" },
    });
  });

  it("refuses a file for another target language or source language", () => {
    expect(thrown(() => planXliffImport(file([unit(0, "x")], "en-GB"), current))).toEqual({
      code: "XLIFF_LANGUAGE_MISMATCH",
      params: { expected: "de", actual: "en-GB" },
    });
    expect(thrown(() => planXliffImport(file([unit(0, "x")], "de", "en"), current))).toEqual({
      code: "XLIFF_SOURCE_LANGUAGE_MISMATCH",
      params: { actual: "en" },
    });
  });

  it("says a unit was split in the CAT tool: by its id (seg-002_1) or by a source that is part of ours", () => {
    const whole = viLine(2);
    const half = whole.slice(0, Math.floor(whole.length / 2));
    expect(thrown(() => planXliffImport(file([{ id: "seg-002_1", source: half, target: "x" }]), current))).toEqual({
      code: "XLIFF_UNIT_SPLIT",
      params: { id: "seg-002_1", segment: "seg-002" },
    });
    expect(thrown(() => planXliffImport(file([{ id: "seg-002", source: half, target: "x" }]), current))).toEqual({
      code: "XLIFF_UNIT_SPLIT",
      params: { id: "seg-002", segment: "seg-002" },
    });
  });

  it("does not import a German target that is the Vietnamese source copied, and reports it", () => {
    const source = viLine(2);
    const plan = planXliffImport(file([{ id: "seg-002", source, target: ` ${source} ` }]), current);
    expect(plan).toEqual({ changes: [], sameAsSource: ["seg-002"] });
  });

  it("refuses untranslatable segments (byline, boilerplate)", () => {
    const byline = doc.segments.find((s) => s.kind === "byline");
    if (!byline) throw new Error("fixture");
    expect(
      thrown(() =>
        planXliffImport(file([{ id: byline.id, source: byline.source, target: "Von Loan Phuong" }]), current),
      ),
    ).toEqual({ code: "XLIFF_NOT_TRANSLATABLE", params: { id: byline.id } });
  });
});
