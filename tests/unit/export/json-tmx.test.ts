import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportFilename, renderExport } from "@/lib/export";
import { draftDoc, publishedDoc, targetLine, thrown, viLine } from "./fixture";

describe("JSON export", () => {
  it("carries status, version, every segment and the reading blocks", () => {
    const doc = publishedDoc("de");
    const { body, contentType, extension } = renderExport(doc, "json");
    expect([contentType, extension]).toEqual(["application/json; charset=utf-8", "json"]);
    const json = JSON.parse(body) as Record<string, unknown> & {
      segments: { kind: string; target: string }[];
      blocks: { kind: string; text: string }[];
    };
    expect(json).toMatchObject({
      schema: "duyet.export/1",
      articleId: "art_bbc381790",
      lang: "de",
      status: "published",
      version: 3,
      publishedAt: "2026-03-24T07:30:00.000Z",
    });
    expect(json.segments).toHaveLength(doc.segments.length);
    expect(json.segments.some((s) => s.kind === "boilerplate")).toBe(true);
    expect(json.blocks.some((b) => b.kind === ("boilerplate" as string))).toBe(false);
    expect(json.blocks[0]).toMatchObject({ kind: "title", text: targetLine("de", 0) });
    expect(json.blocks[2]).toMatchObject({
      kind: "body",
      text: `${targetLine("de", 2)} ${targetLine("de", 3)}`,
      segmentIds: ["seg-002", "seg-003"],
    });
  });

  it("says draft for the current state and flags untranslated blocks", () => {
    const json = JSON.parse(renderExport(draftDoc("en"), "json").body) as {
      status: string;
      version: unknown;
      blocks: { untranslated?: boolean }[];
    };
    expect(json.status).toBe("draft");
    expect(json.version).toBeNull();
    expect(json.blocks.filter((b) => b.untranslated).length).toBeGreaterThan(0);
  });

  it("round-trips hostile text exactly (JSON escaping, NFC)", () => {
    const doc = publishedDoc("en");
    const seg = doc.segments[2];
    if (!seg) throw new Error("fixture");
    seg.target = 'He said "</script><script>x" \\ \u2028 Nguye\u0302\u0303n';
    const json = JSON.parse(renderExport(doc, "json").body) as { segments: { target: string }[] };
    expect(json.segments[2]?.target).toBe('He said "</script><script>x" \\ \u2028 Nguyễn');
  });
});

describe("TMX export", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (n) => n === "tu" || n === "tuv" || n === "prop",
  });

  it("contains only approved translatable pairs, vi first, srclang vi", () => {
    const doc = draftDoc("de");
    const { body, extension } = renderExport(doc, "tmx");
    expect(extension).toBe("tmx");
    expect(XMLValidator.validate(body)).toBe(true);
    const tmx = parser.parse(body).tmx as {
      "@version": string;
      header: Record<string, string>;
      body: { tu: { "@tuid": string; tuv: { "@xml:lang": string; seg: string }[] }[] };
    };
    expect(tmx["@version"]).toBe("1.4");
    expect(tmx.header["@srclang"]).toBe("vi-VN");
    expect(tmx.header["@creationdate"]).toBeUndefined();
    const approved = doc.segments.filter((s) => s.translatable && s.state === "approved").map((s) => s.id);
    expect(approved.length).toBeGreaterThan(1);
    expect(tmx.body.tu.map((t) => t["@tuid"])).toEqual(approved);
    const first = tmx.body.tu[0];
    expect(first?.tuv.map((t) => t["@xml:lang"])).toEqual(["vi-VN", "de-DE"]);
    expect(first?.tuv[0]?.seg).toBe(viLine(0));
    expect(first?.tuv[1]?.seg).toBe(targetLine("de", 0));
  });

  it("exports every pair of a published snapshot, dated by publication, with markup escaped", () => {
    const doc = publishedDoc("en");
    const seg = doc.segments[2];
    if (!seg) throw new Error("fixture");
    seg.target = "Prices <rose> & fell";
    const { body } = renderExport(doc, "tmx");
    expect(body).toContain("<seg>Prices &lt;rose&gt; &amp; fell</seg>");
    const tmx = parser.parse(body).tmx as { header: Record<string, string>; body: { tu: unknown[] } };
    expect(tmx.header["@creationdate"]).toBe("20260324T073000Z");
    expect(tmx.body.tu).toHaveLength(doc.segments.filter((s) => s.translatable).length);
  });
});

describe("renderExport", () => {
  it("renders every format of both snapshots without throwing and names files", () => {
    for (const format of EXPORT_FORMATS) {
      expect(renderExport(publishedDoc("de"), format).body.length).toBeGreaterThan(100);
      expect(renderExport(draftDoc("en"), format).body.length).toBeGreaterThan(100);
    }
    expect(exportFilename(publishedDoc("de"), "xliff12")).toBe("art_bbc381790-de-v3-xliff12.xlf");
    expect(exportFilename({ ...publishedDoc("de"), articleId: "../etc/pass wd" }, "tmx")).toBe(
      "___etc_pass_wd-de-v3.tmx",
    );
    expect(exportFilename(draftDoc("en"), "markdown")).toBe("art_bbc381790-en-draft.md");
  });

  it("is deterministic: the same snapshot exports to the same bytes", () => {
    for (const format of EXPORT_FORMATS)
      expect(renderExport(publishedDoc("en"), format).body).toBe(renderExport(publishedDoc("en"), format).body);
  });

  it("refuses an unknown format with a code", () => {
    expect(thrown(() => renderExport(publishedDoc(), "docx" as never))).toEqual({
      code: "EXPORT_UNKNOWN_FORMAT",
      params: { format: "docx" },
    });
  });
});
