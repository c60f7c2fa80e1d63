// XLIFF written by other tools (tests/fixtures/real-world/xliff, origins and licences in its README).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXliff } from "@/lib/export/xliff-import";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/real-world/xliff");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string; params?: unknown }).code + JSON.stringify((error as { params?: unknown }).params);
  }
  return "no error";
};

describe("XLIFF from CAT tools", () => {
  it.each(["jmp-11-notes-groups.xlf", "okapi-rainbow-11-approved.xlf", "translate-toolkit-11-states.xlf"])(
    "says XLIFF 1.1 is not supported (%s), not that the root is not xliff",
    (name) => {
      expect(codeOf(() => parseXliff(read(name)))).toBe('XLIFF_UNSUPPORTED_VERSION{"version":"1.1"}');
    },
  );

  it("reports elements of another vocabulary instead of skipping them silently (Trados, TYPO3, MateCat)", () => {
    expect(parseXliff(read("trados-studio-en-de-piazza.sdlxliff")).foreign).toEqual([
      "cxts (http://sdl.com/FileTypes/SdlXliff/1.0)",
      "seg-defs (http://sdl.com/FileTypes/SdlXliff/1.0)",
    ]);
    expect(parseXliff(read("typo3-l10nmgr-12-en-de-prefixed.xlf")).foreign).toEqual([
      "translation (http://l10ntech.de/)",
    ]);
    expect(parseXliff(read("matecat-20-notes.xlf")).foreign).toEqual(["elem (myNamespaceURI)"]);
    // A prefixed XLIFF namespace is XLIFF, not foreign (Okapi).
    expect(parseXliff(read("okapi-12-prefixed-namespace.xlf")).foreign).toEqual([]);
  });

  it("reads 1.2 and 2.x files of several tools with their languages (symfony en→vi, OmegaT, Xcode, MateCat)", () => {
    const vi = parseXliff(read("symfony-12-validators-en-vi.xlf"));
    expect([vi.version, vi.srcLang, vi.trgLang, vi.units.length]).toEqual(["1.2", "en", "vi", 116]);
    const omegat = parseXliff(read("omegat-12-state-approved.xliff")).units;
    expect(omegat).toHaveLength(5);
    // approved="yes" / state="final" / state="signed-off" mark a signed-off target.
    expect(omegat.filter((u) => u.final).length).toBeGreaterThan(0);
    expect(omegat.filter((u) => u.final).every((u) => u.target !== null)).toBe(true);
    expect(parseXliff(read("xcode-12-notes.xliff")).trgLang).toBe("it-IT");
    expect(parseXliff(read("matecat-20-segment-state.xliff")).version).toBe("2.x");
  });
});
