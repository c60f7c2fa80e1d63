// Notes both ways: a segment's comments go out as XLIFF notes; notes added in the CAT tool come back as
// comments, once (the exported comments and a second import of the same file add nothing).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { addComment } from "@/lib/review/server/comments";
import { createActor, createArticle } from "../../factories";

describe("XLIFF notes and comments", () => {
  for (const format of ["xliff21", "xliff12"] as const) {
    it(`${format}: comments are exported as notes, a note added in the CAT tool is imported once`, async () => {
      const [lan, minh] = [await createActor("translator", "Lan"), await createActor("publisher")];
      const { articleId, translations } = await createArticle(lan);
      const title = translations.find((t) => t.lang === "de")!;
      await addComment({ segmentId: title.segmentId, lang: "de", body: "Tên tuyến: giữ “metro”?" }, lan);
      await addComment({ segmentId: title.segmentId, lang: "en", body: "English only" }, lan);
      const exported = await createExportAction({ articleId, lang: "de", format, version: "draft" }, minh);
      if (!exported.ok) throw new Error(exported.code);
      const body = exported.data.body;
      expect(body).toContain(">Tên tuyến: giữ “metro”?</note>");
      expect(body).not.toContain("English only");
      if (format === "xliff12") expect(body).toContain('<note from="Lan" annotates="target">');

      // What the CAT tool adds: one more note on the same unit.
      const note =
        format === "xliff21"
          ? '<note category="comment">Tên tuyến: giữ “metro”?</note><note>Bitte prüfen: U-Bahn oder Metro?</note>'
          : '<note from="translator">Bitte prüfen: U-Bahn oder Metro?</note></trans-unit>';
      const edited =
        format === "xliff21"
          ? body.replace('<note category="comment">Tên tuyến: giữ “metro”?</note>', note)
          : body.replace("</trans-unit>", note);
      const importer = await createActor("translator");
      const first = await importXliffAction({ articleId, content: edited }, importer);
      expect(first).toMatchObject({ ok: true, data: { changed: 0, notes: 1 } });
      const again = await importXliffAction({ articleId, content: edited }, importer);
      expect(again).toMatchObject({ ok: true, data: { notes: 0 } });
      const comments = await db.comment.findMany({
        where: { segmentId: title.segmentId },
        orderBy: { createdAt: "asc" },
        select: { body: true, lang: true, authorId: true },
      });
      expect(comments).toEqual([
        { body: "Tên tuyến: giữ “metro”?", lang: "de", authorId: lan.id },
        { body: "English only", lang: "en", authorId: lan.id },
        { body: "Bitte prüfen: U-Bahn oder Metro?", lang: "de", authorId: importer.id },
      ]);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { articleId, action: "article.xliff-import" },
        orderBy: { createdAt: "asc" },
      });
      expect(JSON.parse(audit.data)).toMatchObject({ notes: 1 });
    });
  }
});
