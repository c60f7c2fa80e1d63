import { describe, expect, it } from "vitest";
import { parseXliff, planXliffImport, renderExport } from "@/lib/export";
import type { ExportDocument } from "@/lib/export/types";
import { draftDoc, publishedDoc, targetLine } from "./fixture";

const current = (doc: ExportDocument) => ({
  lang: doc.lang,
  segments: doc.segments.map(({ id, source, target, translatable }) => ({ id, source, target, translatable })),
});
const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe.each([
  ["xliff21", "2.x"],
  ["xliff12", "1.2"],
] as const)("%s round trip", (format, version) => {
  it("export → import unchanged plans no change", () => {
    for (const doc of [publishedDoc("de"), publishedDoc("en"), draftDoc("de")]) {
      const xml = renderExport(doc, format).body;
      const parsed = parseXliff(xml);
      expect(parsed.version).toBe(version);
      expect(parsed.trgLang).toBe(doc.lang === "de" ? "de-DE" : "en-GB");
      expect(parsed.units).toHaveLength(doc.segments.filter((s) => s.translatable).length);
      expect(planXliffImport(parsed, current(doc))).toEqual({ changes: [], sameAsSource: [] });
    }
  });

  it("also as UTF-8 bytes with a BOM and as UTF-16LE bytes", () => {
    const doc = publishedDoc("de");
    const xml = renderExport(doc, format).body;
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    expect(planXliffImport(parseXliff(utf8), current(doc)).changes).toEqual([]);
    const utf16 = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(2 + utf16.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < utf16.length; i++) {
      bytes[2 + i * 2] = utf16.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = utf16.charCodeAt(i) >> 8;
    }
    expect(planXliffImport(parseXliff(bytes), current(doc)).changes).toEqual([]);
  });

  it("one target edited in the XML text → exactly one change", () => {
    const doc = publishedDoc("de");
    const old = targetLine("de", 4);
    const edited = "Ein Labour-Mitglied sagte, seine Fraktion fürchte, der Name „reime sich auf ‚Twp‘ & ‚Pwp‘“.";
    const xml = renderExport(doc, format).body;
    expect(xml.split(xmlEscape(old)).length).toBe(2);
    const parsed = parseXliff(xml.replace(xmlEscape(old), xmlEscape(edited)));
    const seg = doc.segments.find((s) => s.target === old);
    expect(planXliffImport(parsed, current(doc))).toEqual({
      // Published and approved, so exported as signed off; the file still says so (approve if allowed).
      changes: [{ segmentId: seg?.id, text: edited, final: true }],
      sameAsSource: [],
    });
  });

  it("a translation added to an untranslated segment is one change", () => {
    const doc = draftDoc("en");
    const missing = doc.segments.find((s) => s.translatable && s.target === "");
    if (!missing) throw new Error("fixture has no untranslated segment");
    let xml = renderExport(doc, format).body;
    const src = `<source>${xmlEscape(missing.source)}</source>`;
    xml =
      format === "xliff21"
        ? xml.replace(src, `${src}<target>Added in the CAT tool.</target>`)
        : xml.replace(
            new RegExp(`(${src.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*<target state="new")/>`),
            "$1>Added in the CAT tool.</target>",
          );
    expect(planXliffImport(parseXliff(xml), current(doc)).changes).toEqual([
      { segmentId: missing.id, text: "Added in the CAT tool." },
    ]);
  });
});
