// Uploads arrive as files (multipart): up to the documented size they import, above it they are refused
// with their coded error and its numbers, before the file is read and before anything is written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { importMemoryAction } from "@/lib/translation/server/actions";
import { importArticleAction } from "@/lib/articles/server/actions";
import { createActor, createArticle } from "../../factories";

const MB = 1024 * 1024;

async function exportedXliff12(articleId: string) {
  const exported = await createExportAction(
    { articleId, lang: "de", format: "xliff12", version: "draft" },
    await createActor("publisher"),
  );
  if (!exported.ok) throw new Error(exported.code);
  return exported.data.body;
}

/** An exported file with one edited target and translator notes padded to `bytes` (still valid XLIFF). */
function padded(xliff: string, bytes: number): string {
  const notes = (xliff.match(/<note\b/g) ?? []).length;
  const note = "Ghi chú của biên dịch viên. ";
  const filler = note.repeat(Math.ceil((bytes - Buffer.byteLength(xliff)) / notes / Buffer.byteLength(note)));
  return xliff.replace(/(<note\b[^>]*>)/g, `$1${filler}`);
}

describe("upload limits", () => {
  it("imports a 6 MB XLIFF file sent as a file", async () => {
    const lan = await createActor("translator");
    const { articleId, translations } = await createArticle(lan);
    const body = padded(await exportedXliff12(articleId), 6 * MB).replace(
      "</source>",
      "</source><target>Neuer Titel</target>",
    );
    const file = new File([body], "article.xlf", { type: "application/xliff+xml" });
    expect(file.size).toBeGreaterThan(6 * MB);
    expect(await importXliffAction({ articleId, content: file }, lan)).toEqual({
      ok: true,
      data: { lang: "de", changed: 1, stale: 0, sameAsSource: 0, notes: 0, foreign: [] },
    });
    const title = translations.find((t) => t.lang === "de")!;
    expect((await db.translation.findUniqueOrThrow({ where: { id: title.id } })).text).toBe("Neuer Titel");
  }, 60_000);

  it("reads an uploaded file as bytes, so a UTF-16 XLIFF imports too", async () => {
    const lan = await createActor("translator");
    const { articleId } = await createArticle(lan);
    const body = (await exportedXliff12(articleId))
      .replace('encoding="UTF-8"', 'encoding="UTF-16"')
      .replace("</source>", "</source><target>Titel in UTF-16</target>");
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, "utf16le"))]);
    const result = await importXliffAction({ articleId, content: new File([utf16], "article.xlf") }, lan);
    expect(result).toEqual({
      ok: true,
      data: { lang: "de", changed: 1, stale: 0, sameAsSource: 0, notes: 0, foreign: [] },
    });
  });

  it("refuses files over the documented limits with the code and its numbers, changing nothing", async () => {
    const [lan, admin] = [await createActor("translator"), await createActor("admin")];
    const { articleId } = await createArticle(lan);
    const before = {
      revisions: await db.revision.count(),
      memory: await db.tmEntry.count(),
      articles: await db.article.count(),
    };
    const big = new File([new Uint8Array(11 * MB).fill(0x20)], "big");
    expect(await importXliffAction({ articleId, content: big }, lan)).toEqual({
      ok: false,
      code: "XLIFF_TOO_LARGE",
      params: { bytes: 11 * MB, maxBytes: 10 * MB, sizeMb: 11, limitMb: 10 },
    });
    expect(await importMemoryAction({ xml: big }, admin)).toMatchObject({
      ok: false,
      code: "TMX_TOO_LARGE",
      params: { limitMb: 10, sizeMb: 11 },
    });
    const text = `Tiêu đề\n${"Một câu. ".repeat(MB / 9 + 1)}`;
    expect(await importArticleAction({ format: "text", content: text }, lan)).toMatchObject({
      ok: false,
      code: "IMPORT_TOO_LARGE",
      params: { maxBytes: MB, bytes: Buffer.byteLength(text) },
    });
    expect({
      revisions: await db.revision.count(),
      memory: await db.tmEntry.count(),
      articles: await db.article.count(),
    }).toEqual(before);
  });
});
