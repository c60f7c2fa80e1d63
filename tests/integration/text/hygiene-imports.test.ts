// JSON bundles, XLIFF and TMX files with NUL, lone surrogates or over-long texts are refused whole, with a
// coded error, and change nothing (SQLite and PostgreSQL).
import { describe, expect, it } from "vitest";
import { importArticleAction } from "@/lib/articles/server/actions";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { saveTranslationAction } from "@/lib/review/server/actions";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { importMemoryAction } from "@/lib/translation/server/actions";
import { createActor, createArticle } from "../../factories";
import { everything, germanTitle } from "./hygiene-fixtures";

describe("text hygiene and length limits: imported files", () => {
  it("a JSON bundle with \\u0000, a lone surrogate or an over-long translation imports nothing", async () => {
    const lan = await createActor("translator");
    const before = await everything();
    const bundle = (paragraph: unknown) =>
      JSON.stringify({ title: { vi: "Tin nóng", de: "Eilmeldung" }, paragraphs: ["Trời mưa.", paragraph] });
    const json = (paragraph: unknown) => importArticleAction({ format: "json", content: bundle(paragraph) }, lan);
    expect(await json({ vi: "Đường ngập.", de: "Straßen\u0000 überflutet." })).toEqual({
      ok: false,
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "paragraphs[1].de", position: 8, character: "U+0000" },
    });
    expect(await json({ vi: "Đường\ud800 ngập." })).toMatchObject({
      ok: false,
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "paragraphs[1].vi" },
    });
    expect(await json({ vi: "Đường ngập.", en: "x".repeat(MAX_SEGMENT_TEXT + 1) })).toEqual({
      ok: false,
      code: "TEXT_TOO_LONG",
      params: { field: "paragraphs[1].en", limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
    expect(await importArticleAction({ format: "text", content: "Tiêu đề\nMột\u0001 dòng." }, lan)).toEqual({
      ok: false,
      code: "FILE_INVALID_CHARACTER",
      params: { line: 2, column: 4, character: "U+0001" },
    });
    expect(
      await importArticleAction({ format: "text", content: `Tiêu đề\n\n${"a".repeat(MAX_SEGMENT_TEXT + 1)}` }, lan),
    ).toEqual({
      ok: false,
      code: "IMPORT_SEGMENT_TOO_LONG",
      params: { line: 3, limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
    expect(await everything()).toEqual(before);
  });

  it("an XLIFF file with an over-long target or a lone surrogate changes nothing", async () => {
    const [lan, minh] = [await createActor("translator"), await createActor("publisher")];
    const { articleId } = await createArticle(lan);
    const saved = await saveTranslationAction(
      {
        translationId: (await germanTitle(articleId)).id,
        expectedVersion: 1,
        text: "Hanoi baut eine U-Bahn",
        confirm: false,
      },
      lan,
    );
    expect(saved.ok).toBe(true);
    const exported = await createExportAction({ articleId, lang: "de", format: "xliff21", version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    const before = await everything();
    expect(exported.data.body).toContain(">Hanoi baut eine U-Bahn<");
    const long = exported.data.body.replace("Hanoi baut eine U-Bahn", "U".repeat(MAX_SEGMENT_TEXT + 1));
    expect(await importXliffAction({ articleId, content: long }, lan)).toMatchObject({
      ok: false,
      code: "TEXT_TOO_LONG",
      params: { limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
    const broken = exported.data.body.replace("Hanoi baut eine U-Bahn", "Hanoi baut \ud800 U-Bahn");
    expect(await importXliffAction({ articleId, content: broken }, lan)).toMatchObject({
      ok: false,
      code: "FILE_INVALID_CHARACTER",
      params: { character: "U+D800" },
    });
    expect(await everything()).toEqual(before);
  });

  it("a TMX file with &#0; or &#xD800; or an over-long segment adds nothing to the memory", async () => {
    const admin = await createActor("admin");
    const before = await everything();
    const tmx = (de: string) =>
      `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="vi"/><body>\n<tu><tuv xml:lang="vi"><seg>Trời mưa.</seg></tuv><tuv xml:lang="de"><seg>${de}</seg></tuv></tu>\n</body></tmx>`;
    const nul = tmx("Es regnet&#0;.");
    const column = (nul.split("\n")[2] ?? "").indexOf("&#0;") + 1;
    expect(await importMemoryAction({ xml: nul }, admin)).toEqual({
      ok: false,
      code: "FILE_INVALID_CHARACTER",
      params: { line: 3, column, character: "U+0000" },
    });
    expect(await importMemoryAction({ xml: tmx("Es &#xD800;regnet.") }, admin)).toMatchObject({
      ok: false,
      code: "FILE_INVALID_CHARACTER",
      params: { character: "U+D800" },
    });
    expect(await importMemoryAction({ xml: tmx("R".repeat(MAX_SEGMENT_TEXT + 1)) }, admin)).toEqual({
      ok: false,
      code: "TMX_SEGMENT_TOO_LONG",
      params: { unit: 1, lang: "de", limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
    expect(await everything()).toEqual(before);
  });
});
