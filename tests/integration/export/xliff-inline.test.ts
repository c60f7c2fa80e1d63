// XLIFF inline codes through the whole loop, with real CAT files (OmegaT 1.2, MateCat 2.0): a file becomes an
// article whose texts hold tokens for the codes, a translator translates keeping them, the XLIFF export
// gives the tool its codes back in place, and the exported file comes back without a change.
// The fixtures are en/de → en/de files; their language attributes are relabelled to a Vietnamese source
// here (the import takes only Vietnamese sources; no public Vietnamese-source file with codes exists).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticleAction } from "@/lib/articles/server/actions";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor } from "../../factories";

const DIR = "tests/fixtures/real-world/xliff/";
const CASES = [
  {
    tool: "OmegaT",
    file: "omegat-12-de-en-notes.xliff",
    relabel: (s: string) =>
      s.replace('source-language="de" target-language="en"', 'source-language="vi" target-language="en"'),
    format: "xliff12" as const,
    lang: "en" as const,
    source: "Wählen Sie ⟦1⟧Datei⟦/1⟧ und dann ⟦2/⟧ Öffnen.",
    translation: "Choose ⟦1⟧File⟦/1⟧, then ⟦2/⟧ Open.",
    exported: '<target state="translated">Choose <g id="1">File</g>, then <x id="2"/> Open.</target>',
  },
  {
    tool: "MateCat",
    file: "matecat-20-notes.xlf",
    relabel: (s: string) => s.replace(/srcLang="[^"]*"/, 'srcLang="vi"').replace(/trgLang="[^"]*"/, 'trgLang="de"'),
    format: "xliff21" as const,
    lang: "de" as const,
    source: "⟦1⟧Hello World!⟦/1⟧",
    translation: "⟦1⟧Hallo Welt!⟦/1⟧",
    exported: '<target><pc id="1">Hallo Welt!</pc></target>',
  },
];

describe("XLIFF inline codes: import → translate → export → import", () => {
  for (const c of CASES) {
    it(`${c.tool}: codes come back in place and the returned file changes nothing`, async () => {
      const lan = await createActor("translator");
      const minh = await createActor("publisher");
      const content = c.relabel(readFileSync(DIR + c.file, "utf8"));
      const created = await importArticleAction({ format: "xliff", content }, lan);
      if (!created.ok) throw new Error(created.code);
      const { articleId } = created.data;
      const segment = await db.segment.findFirstOrThrow({
        where: { articleId, sourceText: c.source },
        include: { translations: { where: { lang: c.lang } } },
      });
      expect(segment.inlineCodes).not.toBeNull();
      const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      expect(article.title).not.toMatch(/[⟦⟧]/u);
      const t = segment.translations[0];
      if (!t) throw new Error("no translation row");
      await saveTranslation(
        { translationId: t.id, expectedVersion: t.version, text: c.translation, confirm: true },
        lan,
      );

      const exported = await createExportAction({ articleId, lang: c.lang, format: c.format, version: "draft" }, minh);
      if (!exported.ok) throw new Error(exported.code);
      expect(exported.data.body).toContain(c.exported);

      const back = await importXliffAction({ articleId, content: exported.data.body }, lan);
      expect(back).toMatchObject({ ok: true, data: { changed: 0, stale: 0 } });
      // The CAT tool edits the text around the codes: the edit arrives with the tokens in place.
      const edited = exported.data.body.replace(c.exported, c.exported.replace(/(File|Hallo)/, "$1!"));
      expect(await importXliffAction({ articleId, content: edited }, lan)).toMatchObject({
        ok: true,
        data: { changed: 1 },
      });
      const row = await db.translation.findUniqueOrThrow({ where: { id: t.id } });
      expect(row.text).toBe(c.translation.replace(/(File|Hallo)/, "$1!"));
    });
  }
});
