import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor, createArticle } from "../../factories";

async function counts(articleId: string) {
  return {
    revisions: await db.revision.count({ where: { translation: { articleId } } }),
    texts: await db.translation.findMany({
      where: { articleId },
      orderBy: { id: "asc" },
      select: { text: true, version: true },
    }),
  };
}

describe("XLIFF import", () => {
  for (const format of ["xliff21", "xliff12"] as const) {
    it(`${format}: an unchanged round trip writes nothing; one edited target makes exactly one revision`, async () => {
      const [lan, minh] = [await createActor("translator"), await createActor("publisher")];
      const { articleId, translations } = await createArticle(lan);
      const de = translations.filter((t) => t.lang === "de");
      await saveTranslation(
        { translationId: de[0]!.id, expectedVersion: 1, text: "Hanoi baut eine neue U-Bahn", confirm: true },
        lan,
      );
      await saveTranslation(
        {
          translationId: de[2]!.id,
          expectedVersion: 1,
          text: "Laut Prof. Tran ist die Linie 39,6 km lang.",
          confirm: true,
        },
        lan,
      );
      const exported = await createExportAction({ articleId, lang: "de", format, version: "draft" }, minh);
      if (!exported.ok) throw new Error(exported.code);
      const before = await counts(articleId);
      expect(await importXliffAction({ articleId, content: exported.data.body }, lan)).toEqual({
        ok: true,
        data: { lang: "de", changed: 0, stale: 0, sameAsSource: 0, notes: 0, foreign: [] },
      });
      expect(await counts(articleId)).toEqual(before);

      const edited = exported.data.body.replace("Hanoi baut eine neue U-Bahn", "Hanoi baut eine neue Metro");
      expect(await importXliffAction({ articleId, content: edited }, lan)).toEqual({
        ok: true,
        data: { lang: "de", changed: 1, stale: 0, sameAsSource: 0, notes: 0, foreign: [] },
      });
      const row = await db.translation.findUniqueOrThrow({
        where: { id: de[0]!.id },
        include: { revisions: { orderBy: { version: "desc" }, take: 1 } },
      });
      expect([row.text, row.state, row.revisions[0]?.action]).toEqual(["Hanoi baut eine neue Metro", "draft", "xliff"]);
      expect((await counts(articleId)).revisions).toBe(before.revisions + 1);
    });
  }

  it("never undoes a workbench edit made after the export: an old text in the file is skipped and reported", async () => {
    const [lan, minh] = [await createActor("translator"), await createActor("publisher")];
    const { articleId, translations } = await createArticle(lan);
    const title = translations.find((t) => t.lang === "de")!;
    const v2 = await saveTranslation(
      { translationId: title.id, expectedVersion: 1, text: "Hanoi baut eine U-Bahn", confirm: true },
      lan,
    );
    const exported = await createExportAction({ articleId, lang: "de", format: "xliff21", version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    await saveTranslation(
      { translationId: title.id, expectedVersion: v2.version, text: "Hanoi baut die U-Bahn-Linie 5", confirm: true },
      minh,
    );
    expect(await importXliffAction({ articleId, content: exported.data.body }, lan)).toEqual({
      ok: true,
      data: { lang: "de", changed: 0, stale: 1, sameAsSource: 0, notes: 0, foreign: [] },
    });
    expect((await db.translation.findUniqueOrThrow({ where: { id: title.id } })).text).toBe(
      "Hanoi baut die U-Bahn-Linie 5",
    );
  });

  it("refuses hostile or mismatched files with a clear code and writes nothing", async () => {
    const [lan, minh] = [await createActor("translator"), await createActor("publisher")];
    const { articleId } = await createArticle(lan);
    const exported = await createExportAction({ articleId, lang: "en", format: "xliff21", version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    const before = await counts(articleId);
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${exported.data.body.replace(/^<\?xml[^>]*>/, "")}`;
    expect(await importXliffAction({ articleId, content: xxe }, lan)).toMatchObject({
      ok: false,
      code: "XLIFF_DOCTYPE_FORBIDDEN",
    });
    const otherSource = exported.data.body.replace(/Hà Nội khởi công tuyến metro mới/, "Tin khác hẳn");
    expect(await importXliffAction({ articleId, content: otherSource }, lan)).toMatchObject({
      ok: false,
      code: "XLIFF_SOURCE_MISMATCH",
    });
    expect(await importXliffAction({ articleId, content: "<not-xliff/>" }, lan)).toMatchObject({ ok: false });
    expect(await counts(articleId)).toEqual(before);
  });
});
