import { readFileSync } from "node:fs";
import path from "node:path";
import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/quality/catalogue";
import { checkArticle, CHECK_CATALOGUE } from "@/lib/quality/run-checks";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const messages = Object.fromEntries(
  ["en", "de", "vi"].map((l) => [
    l,
    JSON.parse(readFileSync(path.join(ROOT, `lib/i18n/messages/${l}/quality.json`), "utf8")),
  ]),
) as Record<string, Record<string, Record<string, string>>>;
const lookup = (locale: string, code: string) => {
  const [family, rest] = code.split(/\.(.*)/s);
  return messages[locale]?.[family ?? ""]?.[rest ?? ""];
};
const placeholders = (msg: string) => [...msg.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]);

describe("CHECK_CATALOGUE", () => {
  it("lists stable dotted codes that start with their family", () => {
    const families = [
      "number",
      "date",
      "time",
      "unit",
      "currency",
      "name",
      "glossary",
      "consistency",
      "residue",
      "punctuation",
      "whitespace",
      "length",
      "untranslated",
      "style",
      "tag",
    ];
    for (const { code, severity } of CHECK_CATALOGUE) {
      expect(code).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(families).toContain(code.split(".")[0]);
      expect(["error", "warning"]).toContain(severity);
    }
    expect(new Set(CHECK_CATALOGUE.map((c) => c.code)).size).toBe(CHECK_CATALOGUE.length);
    for (const f of families) expect(CHECK_CATALOGUE.some((c) => c.code.startsWith(`${f}.`))).toBe(true);
  });
});

describe("quality messages", () => {
  for (const locale of ["en", "de", "vi"]) {
    it(`${locale}: every code has a valid ICU message using only the params the check emits`, () => {
      for (const { code } of CHECK_CATALOGUE) {
        const msg = lookup(locale, code);
        expect(msg, `${locale} ${code}`).toBeTypeOf("string");
        const declared = CATALOGUE[code as keyof typeof CATALOGUE][1] as readonly string[];
        for (const p of placeholders(msg ?? "")) expect(declared, `${locale} ${code} {${p}}`).toContain(p);
        const values = Object.fromEntries(declared.map((p) => [p, "x"]));
        expect(() => new IntlMessageFormat(msg ?? "", locale).format(values)).not.toThrow();
      }
    });
    it(`${locale}: has no message for a code the engine cannot emit`, () => {
      const keys = Object.entries(messages[locale] ?? {}).flatMap(([f, rest]) =>
        Object.keys(rest).map((k) => `${f}.${k}`),
      );
      expect(keys.sort()).toEqual(CHECK_CATALOGUE.map((c) => c.code).sort());
    });
  }

  it("every emitted issue carries exactly the params its message may use", () => {
    const d = path.join(ROOT, "prisma/demo/ntrex-news-dev");
    const [vi, de, en] = ["vi", "de", "en"].map((l) => readFileSync(path.join(d, `${l}.txt`), "utf8").split("\n"));
    const segments = (vi ?? []).slice(0, 400).map((source, i) => ({ source, de: de?.[i], en: en?.[i] }));
    segments.push(
      {
        source: "Tỉnh ủy họp ngày 22/3, doanh thu 2,8 tỷ đồng.",
        de: "  ",
        en: "Tỉnh ủy họp ngày 22/3, doanh thu 2,8 tỷ đồng.",
      },
      {
        source: "Ông Nguyễn Đức Hiển nói 40.000 tỷ đồng lúc 17:30.",
        de: "Nguyen Duc Hien sagte 40 Dollar um 18:30 Uhr [Anzeige_2] Kommentar (0).",
        en: "Nguyễn Đức Hiển  said 40,000 $ at 5 , today <br>",
      },
    );
    const seen = new Set<string>();
    for (const issues of checkArticle(segments, {
      glossary: [{ vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee" }],
      style: { diacritics: "keep" },
    })) {
      for (const i of issues) {
        seen.add(i.code);
        const declared = [...(CATALOGUE[i.code as keyof typeof CATALOGUE]?.[1] ?? ["?"])].sort();
        expect(Object.keys(i.params).sort(), i.code).toEqual(declared);
        expect(i.severity).toBe(CATALOGUE[i.code as keyof typeof CATALOGUE][0]);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});
