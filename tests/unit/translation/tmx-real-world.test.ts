// TMX written by other tools (tests/fixtures/real-world/tmx, origins and licences in its README): every
// file is read — DOCTYPE lines, UTF-16, TMX 1.1 `lang`, inline codes, props and notes — and what is not
// imported is reported with its reason. None of the public files has Vietnamese, so the vi→de/en
// tests rename the source language of a real file to vi-VN and keep everything else byte for byte.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareTmxImport } from "@/lib/translation/prepare-tmx";
import { importTmx } from "@/lib/translation/tmx";
import { decodeXmlBytes } from "@/lib/text/xml-prolog";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/real-world/tmx");
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const MAX = 10 * 1024 * 1024;

/** The file with its source language tag (any case, in xml:lang or lang) renamed to vi-VN. */
function asVietnamese(name: string, source: string): string {
  const text = decodeXmlBytes(bytes(name));
  const pattern = new RegExp(`((?:xml:)?lang=")${source}(")`, "giu");
  return text.replace(pattern, "$1vi-VN$2");
}

describe("TMX from CAT tools", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".tmx"));

  it.each(files)("reads %s and reports every unit without Vietnamese", (name) => {
    const result = prepareTmxImport(bytes(name), MAX);
    expect(result.items).toEqual([]);
    expect(result.skipped).toBeGreaterThan(0);
    if (name !== "omegat-invalid-unbalanced.tmx") expect(result.skippedBy.noVietnamese).toBe(result.skipped);
  });

  it("reads UTF-16 (LISA kit, Trados) by its byte-order mark", () => {
    const text = decodeXmlBytes(bytes("trados-workbench-utf16-doctype.tmx"));
    expect(text).toMatch(/<!DOCTYPE tmx SYSTEM "tmx14\.dtd">/u);
    expect(prepareTmxImport(bytes("lisa-compliance-ImportTest1G.tmx"), MAX).skippedBy.noVietnamese).toBe(3);
  });

  it("imports vi→de units from an Okapi aligner memory (de-DE tags, props, <ph>/<ut> codes)", () => {
    const { units, skippedBy } = importTmx(asVietnamese("okapi-aligner-paragraph-en-de.tmx", "en-us"));
    expect(units).toHaveLength(7);
    expect(units.every((u) => u.de && !u.en)).toBe(true);
    expect(skippedBy).toEqual({ noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 0 });
  });

  it("imports vi→de from OmegaT (DOCTYPE, upper-case tags, several variants per unit)", () => {
    const { units, skippedBy } = importTmx(asVietnamese("omegat-multiple-tuv-de-tmx14.tmx", "en-us"));
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => typeof u.de === "string" && u.de !== "")).toBe(true);
    expect(units.length + skippedBy.noTranslation).toBe(3);
  });

  it("imports vi→en from the LISA compliance kit (en-gb) and reports its de-de/en-gb unit", () => {
    const { units, skippedBy } = importTmx(asVietnamese("lisa-compliance-ImportTest1K.tmx", "fr-ca"));
    expect(units).toEqual([{ vi: "Second Entry - French Canadian", en: "Second Entry - UK English" }]);
    expect(skippedBy.noVietnamese).toBe(1);
  });

  it("imports vi→en from translate-toolkit with en-GB/en-US variants", () => {
    const { units } = importTmx(asVietnamese("translate-toolkit-en-variants.tmx", "fr"));
    expect(units).toHaveLength(1);
    expect(units[0]!.en).toBeTruthy();
  });

  it("counts a source repeated in the file as a duplicate, merged into one entry", () => {
    const tu = (de: string) =>
      `<tu><tuv xml:lang="vi-VN"><seg>Một</seg></tuv><tuv xml:lang="de-DE"><seg>${de}</seg></tuv></tu>`;
    const result = prepareTmxImport(`<tmx version="1.4"><body>${tu("Eins")}${tu("Ein")}<tu/></body></tmx>`, MAX);
    expect(result.items.map((u) => u.de)).toEqual(["Ein"]);
    expect(result.skippedBy).toEqual({ noVietnamese: 0, noTranslation: 0, empty: 1, duplicate: 1 });
  });
});
