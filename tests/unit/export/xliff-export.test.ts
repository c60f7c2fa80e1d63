import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderExport } from "@/lib/export";
import { xliff12Target, xliff2State } from "@/lib/export/xliff-states";
import { draftDoc, publishedDoc, targetLine, viLine } from "./fixture";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: false,
  isArray: (n) => ["unit", "trans-unit", "file"].includes(n),
});

type Unit2 = Record<string, string> & { segment: Record<string, string> & { source: string; target?: string } };
type Unit12 = Record<string, string> & {
  source: string;
  target: string | (Record<string, string> & { "#text"?: string });
};

describe("XLIFF 2.1 export", () => {
  const doc = draftDoc("de");
  const { body, contentType, extension } = renderExport(doc, "xliff21");
  const xliff = parser.parse(body).xliff as Record<string, string> & {
    file: (Record<string, string> & { unit: Unit2[] })[];
  };

  it("has the 2.x namespace, version 2.1, languages, the source URL as original and the article id", () => {
    expect([contentType, extension]).toEqual(["application/xliff+xml; charset=utf-8", "xlf"]);
    expect(XMLValidator.validate(body)).toBe(true);
    expect(xliff["@xmlns"]).toBe("urn:oasis:names:tc:xliff:document:2.0");
    expect(xliff).toMatchObject({ "@version": "2.1", "@srcLang": "vi-VN", "@trgLang": "de-DE" });
    expect(xliff.file).toHaveLength(1);
    expect(xliff.file[0]?.["@original"]).toBe(doc.sourceUrl);
    expect(xliff["@duyet:article"]).toBe("art_bbc381790");
    expect(xliff.file[0]?.["@id"]).toBeTruthy();
  });

  it("has one unit per translatable segment with source, target and mapped state", () => {
    const units = xliff.file[0]?.unit ?? [];
    const translatable = doc.segments.filter((s) => s.translatable);
    expect(units.map((u) => u["@id"])).toEqual(translatable.map((s) => s.id));
    for (const [i, unit] of units.entries()) {
      const seg = translatable[i];
      if (!seg) throw new Error("count");
      expect(unit.segment.source).toBe(seg.source);
      expect(unit.segment.target).toBe(seg.target === "" ? undefined : seg.target);
      expect(unit.segment["@state"]).toBe(xliff2State(seg.state, false));
      expect(unit.segment["@subState"]).toBe(`duyet:${seg.state}`);
      expect(unit["@duyet:state"]).toBe(seg.state);
      expect(unit["@duyet:kind"]).toBe(seg.kind);
    }
    expect(units[0]?.segment.source).toBe(viLine(0));
    expect(units[0]?.segment.target).toBe(targetLine("de", 0));
    expect(body).not.toContain("[Anzeige_2]");
    expect(body).not.toContain("Loan Phương");
  });

  it("maps states to the four XLIFF 2 values; approved is final only once published", () => {
    expect(["untranslated", "machine", "draft", "rejected"].map((s) => xliff2State(s as never, true))).toEqual([
      "initial",
      "initial",
      "initial",
      "initial",
    ]);
    expect(xliff2State("translated", true)).toBe("translated");
    expect(xliff2State("approved", false)).toBe("reviewed");
    expect(xliff2State("approved", true)).toBe("final");
    expect(renderExport(publishedDoc("en"), "xliff21").body).toContain(
      '<segment state="final" subState="duyet:approved">',
    );
  });
});

describe("XLIFF 1.2 export", () => {
  const doc = draftDoc("en");
  const body = renderExport(doc, "xliff12").body;
  const xliff = parser.parse(body).xliff as Record<string, string> & {
    file: (Record<string, string> & { body: { "trans-unit": Unit12[] } })[];
  };

  it("has the 1.2 namespace, languages and original", () => {
    expect(XMLValidator.validate(body)).toBe(true);
    expect(xliff["@xmlns"]).toBe("urn:oasis:names:tc:xliff:document:1.2");
    expect(xliff["@version"]).toBe("1.2");
    expect(xliff.file[0]).toMatchObject({
      "@original": doc.sourceUrl,
      "@source-language": "vi-VN",
      "@target-language": "en-GB",
      "@datatype": "plaintext",
    });
  });

  it("writes trans-units with id, resname, target state and approved flag; distinct state per our state", () => {
    const units = xliff.file[0]?.body["trans-unit"] ?? [];
    const translatable = doc.segments.filter((s) => s.translatable);
    expect(units).toHaveLength(translatable.length);
    for (const [i, unit] of units.entries()) {
      const seg = translatable[i];
      if (!seg) throw new Error("count");
      expect([unit["@id"], unit["@resname"]]).toEqual([seg.id, seg.id]);
      expect(unit.source).toBe(seg.source);
      const target = unit.target as Record<string, string>;
      const mapped = xliff12Target(seg.state, false);
      expect(target["@state"]).toBe(mapped.state);
      expect(target["@state-qualifier"]).toBe(mapped.qualifier);
      expect(target["#text"] ?? "").toBe(seg.target);
      expect(unit["@approved"]).toBe(seg.state === "approved" ? "yes" : undefined);
    }
    const all = ["untranslated", "machine", "draft", "translated", "approved", "rejected"] as const;
    const keys = all.map((s) => JSON.stringify(xliff12Target(s, false)));
    expect(new Set(keys).size).toBe(all.length);
    expect(xliff12Target("approved", true).state).toBe("final");
  });

  it("escapes markup and strips characters XML cannot carry", () => {
    const d = publishedDoc("de");
    const seg = d.segments[2];
    if (!seg) throw new Error("fixture");
    seg.target = 'Preise <b>steigen</b> & "fallen"\u0000\u000b';
    for (const format of ["xliff12", "xliff21"] as const) {
      const xml = renderExport(d, format).body;
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain('Preise &lt;b&gt;steigen&lt;/b&gt; &amp; "fallen"</target>');
    }
  });
});

describe("XLIFF original", () => {
  it("is the article's title when it has no source URL, in both versions", () => {
    const doc = { ...draftDoc("de"), sourceUrl: null, title: "Hà Nội & metro" };
    for (const format of ["xliff21", "xliff12"] as const) {
      expect(renderExport(doc, format).body).toContain('original="Hà Nội &amp; metro"');
    }
  });
});
