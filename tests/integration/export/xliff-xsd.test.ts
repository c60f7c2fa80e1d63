// Duyệt's XLIFF exports validate against the OASIS schemas (tests/fixtures/xsd: XLIFF 1.2 strict, XLIFF 2.0
// core — the schema of 2.1's core namespace — and W3C xml.xsd) with xmllint (Debian package libxml2-utils,
// installed by .ci/run): a newsroom article with every state and comments as notes, and articles made
// from real CAT files with inline codes (OmegaT <g>/<x>, MateCat <pc>/<sc>/<ec>/<ph> with originalData),
// exported in both versions. Skipped, with a message saying why, where xmllint is missing.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticleAction } from "@/lib/articles/server/actions";
import { createExportAction } from "@/lib/export/server/actions";
import { addComment } from "@/lib/review/server/comments";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor, createArticle } from "../../factories";

const XSD = path.resolve(import.meta.dirname, "../../fixtures/xsd");
const SCHEMA = { xliff12: path.join(XSD, "xliff-core-1.2-strict.xsd"), xliff21: path.join(XSD, "xliff_core_2.0.xsd") };
const REAL = path.resolve(import.meta.dirname, "../../fixtures/real-world/xliff");

function xmllintAvailable(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = xmllintAvailable();
if (!available) console.warn("XLIFF schema validation skipped: xmllint not found (apt install libxml2-utils)");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-xsd-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict: "" when the file validates, else its messages. */
function validate(body: string, format: "xliff12" | "xliff21"): string {
  const file = path.join(dir, `${format}-${Math.random().toString(36).slice(2)}.xlf`);
  fs.writeFileSync(file, body);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA[format], file], { encoding: "utf8" });
  return run.status === 0 ? "" : run.stderr;
}

async function exportBoth(articleId: string, lang: "de" | "en") {
  const minh = await createActor("publisher");
  const out: [string, "xliff12" | "xliff21"][] = [];
  for (const format of ["xliff12", "xliff21"] as const) {
    const exported = await createExportAction({ articleId, lang, format, version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    out.push([exported.data.body, format]);
  }
  return out;
}

describe.skipIf(!available)("XLIFF exports validate against the OASIS schemas (xmllint)", () => {
  it("the validator refuses what the schemas forbid (OASIS test suite: an invalid state value)", () => {
    const bad = fs.readFileSync(path.join(REAL, "oasis-xliff21-test-suite/invalid-bad_InvalidStateValue.xlf"), "utf8");
    expect(validate(bad, "xliff21")).toContain("badState");
    expect(validate('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>', "xliff12")).not.toBe("");
  });

  it("a newsroom article: translated, untranslated and confirmed texts, comments as notes", async () => {
    const lan = await createActor("translator");
    const { articleId, translations } = await createArticle(lan);
    const de = translations.filter((t) => t.lang === "de");
    await saveTranslation(
      { translationId: de[0]!.id, expectedVersion: 1, text: "Hanoi & <Metro>", confirm: true },
      lan,
    );
    await addComment({ segmentId: de[0]!.segmentId, lang: "de", body: "Quelle prüfen <b>" }, lan);
    for (const [body, format] of await exportBoth(articleId, "de")) expect(validate(body, format)).toBe("");
  });

  const files = [
    [
      "OmegaT",
      "omegat-12-de-en-notes.xliff",
      "en",
      (s: string) => s.replace('source-language="de"', 'source-language="vi"'),
    ],
    ["MateCat", "matecat-20-en-de-pc-ph.xlf", "de", (s: string) => s.replace(/srcLang="[^"]*"/, 'srcLang="vi"')],
  ] as const;
  for (const [tool, file, lang, relabel] of files) {
    it(`an article from a real ${tool} file with inline codes, in both XLIFF versions`, async () => {
      const lan = await createActor("translator");
      const content = relabel(fs.readFileSync(path.join(REAL, file), "utf8"));
      const created = await importArticleAction({ format: "xliff", content }, lan);
      if (!created.ok) throw new Error(created.code);
      expect(
        await db.segment.count({ where: { articleId: created.data.articleId, inlineCodes: { not: null } } }),
      ).toBeGreaterThan(0);
      for (const [body, format] of await exportBoth(created.data.articleId, lang)) {
        expect(body).toMatch(format === "xliff12" ? /<(g|x|bx) id=/ : /<(pc|sc|ph) /);
        expect(validate(body, format)).toBe("");
      }
    });
  }
});
