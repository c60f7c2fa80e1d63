// Every code thrown by lib/export has a message in en, de and vi that renders with its ICU params.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const libDir = path.join(root, "lib/export");
const sources = readdirSync(libDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(path.join(libDir, f), "utf8"));
const thrownCodes = new Set(
  sources.flatMap((s) => [...s.matchAll(/"((?:XLIFF|EXPORT)_[A-Z_]+)"/g)].map((m) => m[1] ?? "")),
);
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(root, `lib/i18n/messages/${locale}/export.json`), "utf8")) as {
    errors: Record<string, string>;
  };

const params = {
  format: "docx",
  limitMb: 10,
  encoding: "iso-8859-1",
  line: 4,
  root: "tmx",
  version: "3.0",
  element: "ph",
  id: "seg-007",
  languages: "de, en",
  expected: "de",
  actual: "en",
  segment: "seg-006",
  max: 200,
};

describe("export error messages", () => {
  it("finds the codes the modules throw", () => {
    expect(thrownCodes).toContain("XLIFF_DOCTYPE_FORBIDDEN");
    expect(thrownCodes).toContain("XLIFF_NO_TARGET_LANGUAGE");
    expect(thrownCodes.size).toBeGreaterThanOrEqual(19);
  });

  for (const locale of ["en", "de", "vi"] as const) {
    it(`${locale}: has exactly the thrown codes, each rendering its params`, () => {
      const messages = load(locale);
      expect(Object.keys(messages).sort()).toEqual(["errors"]);
      expect(new Set(Object.keys(messages.errors))).toEqual(thrownCodes);
      const t = createTranslator({
        locale,
        messages,
        namespace: "errors",
        onError: (e) => {
          throw e;
        },
      });
      for (const code of thrownCodes) {
        const text = t(code as never, params as never);
        expect(text, code).not.toMatch(/[{}]/);
        expect(text.length, code).toBeGreaterThan(20);
      }
      expect(t("XLIFF_UNKNOWN_ID" as never, params as never)).toContain("seg-007");
      expect(t("XLIFF_MALFORMED" as never, { line: 4 } as never)).toMatch(/4/);
      expect(t("XLIFF_MALFORMED" as never, { line: 0 } as never)).not.toMatch(/0/);
    });
  }
});
