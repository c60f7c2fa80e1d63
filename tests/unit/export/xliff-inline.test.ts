import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExportDocument, parseXliff, renderExport } from "@/lib/export";
import type { ParsedXliffUnit } from "@/lib/export/types";
import { MAX_INLINE_CODES } from "@/lib/export/xliff-inline";
import { thrown } from "./fixture";

const V2 = "urn:oasis:names:tc:xliff:document:2.0";
const V12 = "urn:oasis:names:tc:xliff:document:1.2";
const x2 = (units: string) =>
  `<?xml version="1.0"?>\n<xliff xmlns="${V2}" version="2.1" srcLang="vi" trgLang="de"><file id="f1">${units}</file></xliff>`;
const x12 = (units: string) =>
  `<?xml version="1.0"?>\n<xliff xmlns="${V12}" version="1.2"><file original="a" source-language="vi" target-language="de" datatype="plaintext"><body>${units}</body></file></xliff>`;

/** A draft document of the parsed units, as the article made from the file would export them. */
function docOf(units: ParsedXliffUnit[]): ExportDocument {
  return {
    articleId: "a1",
    title: "t",
    sourceUrl: null,
    byline: null,
    lang: "de",
    version: null,
    status: "draft",
    publishedAt: null,
    segments: units.map((u, i) => ({
      id: u.id,
      position: i,
      paragraph: i,
      kind: "body",
      translatable: true,
      source: u.source,
      target: u.target ?? "",
      state: u.target ? "translated" : "untranslated",
      ...(u.codes ? { codes: u.codes } : {}),
    })),
  };
}

const textOf = (units: ParsedXliffUnit[]) => units.map((u) => ({ id: u.id, source: u.source, target: u.target }));

describe("XLIFF inline codes become tokens, their markup is kept", () => {
  it("1.2: <g> wraps, <x>/<ph>/<it> stand alone, <bpt>/<ept> and <bx>/<ex> pair; the target reuses the source's numbers", () => {
    const [unit] = parseXliff(
      x12(
        `<trans-unit id="t"><source>A <g id="a" ctype="bold">B <x id="b"/></g> <bpt id="c">&lt;i&gt;</bpt>C<ept id="c">&lt;/i&gt;</ept> <ph id="d">&lt;br/&gt;</ph><bx id="e"/>D<ex id="e"/><it id="f" pos="open">&lt;u&gt;</it></source>` +
          `<target>A <bpt id="c">&lt;i&gt;</bpt>C<ept id="c">&lt;/i&gt;</ept> <g id="a" ctype="bold">B <x id="b"/></g><ph id="d">&lt;br/&gt;</ph><bx id="e"/>D<ex id="e"/><it id="f" pos="open">&lt;u&gt;</it></target></trans-unit>`,
      ),
    ).units;
    expect(unit?.source).toBe("A ⟦1⟧B ⟦2/⟧⟦/1⟧ ⟦3⟧C⟦/3⟧ ⟦4/⟧⟦5⟧D⟦/5⟧⟦6/⟧");
    expect(unit?.target).toBe("A ⟦3⟧C⟦/3⟧ ⟦1⟧B ⟦2/⟧⟦/1⟧⟦4/⟧⟦5⟧D⟦/5⟧⟦6/⟧");
    expect(unit?.codes).toEqual({
      v: "1.2",
      codes: {
        "1": '<g id="a" ctype="bold">',
        "/1": "</g>",
        "2/": '<x id="b"/>',
        "3": '<bpt id="c">&lt;i&gt;</bpt>',
        "/3": '<ept id="c">&lt;/i&gt;</ept>',
        "4/": '<ph id="d">&lt;br/&gt;</ph>',
        "5": '<bx id="e"/>',
        "/5": '<ex id="e"/>',
        "6/": '<it id="f" pos="open">&lt;u&gt;</it>',
      },
    });
  });

  it("2.x: <pc>, <ph>, <sc>/<ec> across segments, with the unit's <originalData>", () => {
    const [unit] = parseXliff(
      x2(
        `<unit id="u"><originalData><data id="d1">&lt;b&gt;</data></originalData><segment><source>A <sc id="1" dataRef="d1"/>B </source><target>A <sc id="1" dataRef="d1"/>B </target></segment>` +
          `<segment><source>C<ec startRef="1"/> <pc id="2">D</pc><ph id="3"/></source><target>C<ec startRef="1"/> <pc id="2">D</pc><ph id="3"/></target></segment></unit>`,
      ),
    ).units;
    expect(unit?.source).toBe("A ⟦1⟧B C⟦/1⟧ ⟦2⟧D⟦/2⟧⟦3/⟧");
    expect(unit?.target).toBe(unit?.source);
    expect(unit?.codes?.data).toEqual({ d1: '<data id="d1">&lt;b&gt;</data>' });
    expect(unit?.codes?.codes["/1"]).toBe('<ec startRef="1"/>');
  });

  it("bounds the number of codes per unit and their nesting", () => {
    const many = Array.from({ length: MAX_INLINE_CODES + 1 }, (_, i) => `<x id="${i}"/>`).join("");
    expect(thrown(() => parseXliff(x12(`<trans-unit id="m"><source>${many}</source></trans-unit>`)))).toEqual({
      code: "XLIFF_INLINE_TOO_MANY",
      params: { id: "m", max: MAX_INLINE_CODES },
    });
    const data = Array.from({ length: 2 * MAX_INLINE_CODES + 1 }, (_, i) => `<data id="d${i}">x</data>`).join("");
    expect(
      thrown(() =>
        parseXliff(x2(`<unit id="o"><originalData>${data}</originalData><segment><source>A</source></segment></unit>`)),
      ).code,
    ).toBe("XLIFF_INLINE_TOO_MANY");
    const deep = `${'<g id="1">'.repeat(17)}A${"</g>".repeat(17)}`;
    expect(thrown(() => parseXliff(x12(`<trans-unit id="d"><source>${deep}</source></trans-unit>`))).code).toBe(
      "XLIFF_TOO_DEEP",
    );
  });

  it("a target whose tokens no longer nest is written with neutral codes, still well-formed", () => {
    const parsed = parseXliff(
      x12(`<trans-unit id="t"><source><g id="1">A</g> B</source><target>x</target></trans-unit>`),
    );
    const unit = parsed.units[0];
    if (!unit) throw new Error("no unit");
    const body = renderExport(docOf([{ ...unit, target: "⟦/1⟧A⟦1⟧ B" }]), "xliff12").body;
    expect(body).toContain('<source><g id="1">A</g> B</source>');
    expect(body).toContain('<ex id="1"/>A<bx id="1"/> B</target>');
    expect(parseXliff(body).units[0]?.target).toBe("⟦/1⟧A⟦1⟧ B");
  });

  it("every other format gets the plain text: tokens are left out of HTML, Markdown, text, JSON and TMX", () => {
    const parsed = parseXliff(
      x12(
        `<trans-unit id="t"><source>A <g id="1">B</g><x id="2"/></source><target>C <g id="1">D</g><x id="2"/></target></trans-unit>`,
      ),
    );
    for (const format of ["html", "markdown", "text", "json", "tmx"] as const) {
      const doc = docOf(parsed.units);
      // TMX holds approved texts only.
      const approved = { ...doc, segments: doc.segments.map((s) => ({ ...s, state: "approved" as const })) };
      const body = renderExport(approved, format).body;
      expect(body, format).not.toMatch(/[⟦⟧]/u);
      expect(body, format).toContain("C D");
    }
  });

  it("codes of one XLIFF version are written as the other version's neutral codes, and read back the same", () => {
    const parsed = parseXliff(x12(`<trans-unit id="t"><source><g id="7">A</g><x id="8"/></source></trans-unit>`));
    const body = renderExport(docOf(parsed.units), "xliff21").body;
    expect(body).toContain('<source><sc id="1"/>A<ec startRef="1"/><ph id="2"/></source>');
    expect(textOf(parseXliff(body).units)).toEqual(textOf(parsed.units));
  });
});

const DIR = "tests/fixtures/real-world/xliff/";
// Real files with inline codes from six tools (sources in tests/fixtures/real-world/README.md).
const REAL: [string, string, "xliff12" | "xliff21", string][] = [
  [
    "OmegaT",
    "omegat-12-de-en-notes.xliff",
    "xliff12",
    '<source>Wählen Sie <g id="1">Datei</g> und dann <x id="2"/> Öffnen.</source>',
  ],
  ["Trados Studio 2009 (Okapi test)", "trados-studio2009-12-en-de.xlf", "xliff12", '<x id="ph1"/>'],
  [
    "OnTram (Okapi test)",
    "ontram-12-de-en-states.xlf",
    "xliff12",
    '<g id="0" ctype="bold">tropicana</g> - Das Reisebüro',
  ],
  [
    "24|xliff (OmegaT test)",
    "24xliff-12-de-en-states.xlf",
    "xliff12",
    '<bx ctype="x-empty" equiv-text="&lt;run2&gt;" id="2"/>',
  ],
  ["Okapi Rainbow", "okapi-rainbow-12-po-approved.xlf", "xliff12", 'Texte avec une traducion approuvée <x id="1"/>'],
  [
    "MateCat",
    "matecat-20-en-de-pc-ph.xlf",
    "xliff21",
    '<pc dataRefEnd="d5" dataRefStart="d4" id="4" type="link">info@elysiancollection.com</pc>',
  ],
  ["Uber (MateCat test)", "uber-20-states-notes.xliff", "xliff21", '<data id="source1">${recipientName}</data>'],
];

describe("real CAT files round-trip: import → export in the same version gives the tool its codes back in place", () => {
  for (const [tool, file, format, expected] of REAL) {
    it(`${tool}: ${file}`, () => {
      const parsed = parseXliff(readFileSync(DIR + file));
      const withCodes = parsed.units.filter((u) => u.codes);
      expect(withCodes.length).toBeGreaterThan(0);
      const body = renderExport(docOf(withCodes), format).body;
      expect(body).toContain(expected);
      const again = parseXliff(body).units;
      expect(textOf(again)).toEqual(textOf(withCodes));
      expect(again.map((u) => u.codes)).toEqual(withCodes.map((u) => u.codes));
    });
  }
});
