// Notes both ways (segment comments → XLIFF notes, CAT notes → parsed units) and the language tags of every
// CAT export (vi-VN, de-DE, the configured English variant), with notes from real tools' files.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXliff, renderExport } from "@/lib/export";
import type { ExportDocument } from "@/lib/export/types";
import { draftDoc } from "./fixture";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/real-world/xliff");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

function withNotes(doc: ExportDocument): ExportDocument {
  const first = doc.segments.findIndex((s) => s.translatable);
  const segments = doc.segments.map((s, i) =>
    i === first
      ? { ...s, notes: [{ author: "Lan <Nguyễn>", text: "Tên riêng: giữ nguyên & không dịch" }] }
      : { ...s, notes: [] },
  );
  return { ...doc, segments };
}

describe("XLIFF notes", () => {
  it("exports a segment's comments as <notes><note> (2.x) and <note from> (1.2), escaped, and reads them back", () => {
    const doc = withNotes(draftDoc("de"));
    const x2 = renderExport(doc, "xliff21").body;
    expect(x2).toContain('<note category="comment">Tên riêng: giữ nguyên &amp; không dịch</note>');
    expect(x2.indexOf("<notes>")).toBeLessThan(x2.indexOf("<segment"));
    const x12 = renderExport(doc, "xliff12").body;
    expect(x12).toContain('<note from="Lan &lt;Nguyễn&gt;" annotates="target">Tên riêng: giữ nguyên &amp; không dịch');
    for (const xml of [x2, x12]) {
      const units = parseXliff(xml).units;
      // Our own "kind, paragraph N" context note (1.2) is not a comment and does not come back.
      expect(units.filter((u) => u.notes)).toEqual([
        expect.objectContaining({ notes: ["Tên riêng: giữ nguyên & không dịch"] }),
      ]);
    }
  });

  it("reads notes written by OmegaT and Xcode (1.2), MateCat (2.x), once each", () => {
    const omegat = parseXliff(read("omegat-12-approved-notes.xlf")).units;
    expect(omegat.flatMap((u) => u.notes ?? [])).toEqual([
      "Adressed to ALL respondents.",
      "Adressed to male respondents.",
      "Adressed to female respondents.",
    ]);
    const xcode = parseXliff(read("xcode-12-notes.xliff")).units;
    expect(xcode[0]?.notes).toEqual(["Bundle display name"]);
    const matecat = parseXliff(read("matecat-20-notes.xlf")).units;
    expect(matecat[0]?.notes?.slice(0, 2)).toEqual(["note for unit", "another note for unit."]);
    expect(matecat[0]?.notes?.[2]).toMatch(/^\{\s+"key": "value",/u);
  });
});

describe("language tags", () => {
  it("writes vi-VN and de-DE, and English in the configured variant (en-GB by default, en-US when set)", () => {
    const de = draftDoc("de");
    expect(renderExport(de, "xliff21").body).toMatch(/srcLang="vi-VN" trgLang="de-DE"/u);
    expect(renderExport(de, "xliff12").body).toMatch(/source-language="vi-VN" target-language="de-DE"/u);
    const en = draftDoc("en");
    expect(renderExport(en, "xliff21").body).toContain('trgLang="en-GB"');
    expect(renderExport(en, "xliff21", { englishTag: "en-US" }).body).toContain('trgLang="en-US"');
    expect(renderExport(en, "xliff12", { englishTag: "en-US" }).body).toContain('target-language="en-US"');
    expect(renderExport(en, "tmx", { englishTag: "en-US" }).body).toContain('xml:lang="en-US"');
  });

  it("TMX units carry the translation's dates and author where known", () => {
    const doc = draftDoc("de");
    const approved = doc.segments.find((s) => s.translatable && s.state === "approved");
    if (!approved) throw new Error("fixture");
    Object.assign(approved, { author: "Lan", createdAt: "2026-03-01T08:00:00Z", changedAt: "2026-03-02T09:30:00Z" });
    const body = renderExport(doc, "tmx").body;
    expect(body).toContain(
      `<tu tuid="${approved.id}" creationdate="20260301T080000Z" creationid="Lan" changedate="20260302T093000Z" changeid="Lan">`,
    );
  });
});
