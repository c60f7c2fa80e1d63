import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { importArticleAction } from "@/lib/articles/server/actions";
import { createActor, SAMPLE_ARTICLE } from "../../factories";

async function counts() {
  const [articles, segments, translations, revisions, audit] = await Promise.all([
    db.article.count(), db.segment.count(), db.translation.count(), db.revision.count(), db.auditEvent.count()]);
  return { articles, segments, translations, revisions, audit };
}

describe("importArticle", () => {
  it("stores segments, a translation row per translatable segment and language, and an audit event", async () => {
    const translator = await createActor("translator");
    const { articleId, segments } = await importArticle({ format: "text", content: SAMPLE_ARTICLE }, translator);
    const rows = await db.segment.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(segments);
    expect(rows.map((s) => s.kind)).toEqual(["title", "lead", "body", "body", "boilerplate", "boilerplate", "source"]);
    expect(rows.filter((s) => !s.translatable).map((s) => s.sourceText)).toEqual(["[ad_1]", "Bình luận (0)", "Nguồn: https://example.vn/metro-5"]);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.sourceUrl).toBe("https://example.vn/metro-5");
    expect(await db.translation.count({ where: { articleId } })).toBe(4 * 2);
    expect(await db.translation.count({ where: { articleId, state: "untranslated" } })).toBe(8);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.import" } })).toBe(1);
  });

  it("keeps imported German and English as drafts with a revision, and the imported text as the diff baseline", async () => {
    const translator = await createActor("translator");
    const bundle = { title: { vi: "Tin nóng", de: "Eilmeldung", en: "Breaking news" },
      paragraphs: [{ sentences: [{ vi: "Trời mưa to.", de: "Es regnet stark.", en: "It is raining hard." }, { vi: "Đường ngập." }] }] };
    const { articleId } = await importArticle({ format: "json", content: JSON.stringify(bundle) }, translator);
    const de = await db.translation.findMany({ where: { articleId, lang: "de" }, orderBy: { segment: { position: "asc" } }, include: { revisions: true } });
    expect(de.map((t) => [t.text, t.state, t.origin])).toEqual([
      ["Eilmeldung", "draft", "import"], ["Es regnet stark.", "draft", "import"], ["", "untranslated", "none"]]);
    expect(de[0]?.machineText).toBe("Eilmeldung");
    expect(de.map((t) => t.revisions.length)).toEqual([1, 1, 0]);
  });

  it("writes nothing when the file is invalid, and says why", async () => {
    const translator = await createActor("translator");
    const before = await counts();
    const result = await importArticleAction({ format: "json", content: '{"title": "x", "paragraphs": [' }, translator);
    expect(result).toMatchObject({ ok: false, code: "IMPORT_INVALID_JSON" });
    expect(await counts()).toEqual(before);
  });

  it("rolls back everything when a write inside the transaction fails", async () => {
    // An author that does not exist breaks the revisions' foreign key after the article and its
    // segments were inserted: the whole import must disappear with it.
    const ghost = { id: "no-such-user", role: "translator" as const, name: "Ghost" };
    const before = await counts();
    const bundle = { title: { vi: "Tiêu đề", de: "Titel" }, paragraphs: ["Một câu."] };
    await expect(importArticle({ format: "json", content: JSON.stringify(bundle) }, ghost)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
