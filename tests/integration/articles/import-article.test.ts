import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { importArticleAction } from "@/lib/articles/server/actions";
import { findArticles } from "@/lib/articles/server/find-articles";
import { createActor, SAMPLE_ARTICLE } from "../../factories";

async function counts() {
  const [articles, languages, segments, translations, revisions, audit] = await Promise.all([
    db.article.count(),
    db.articleLanguage.count(),
    db.segment.count(),
    db.translation.count(),
    db.revision.count(),
    db.auditEvent.count(),
  ]);
  return { articles, languages, segments, translations, revisions, audit };
}

describe("importArticle", () => {
  it("stores segments, a translation row per translatable segment and language, and an audit event", async () => {
    const translator = await createActor("translator");
    const { articleId, segments } = await importArticle({ format: "text", content: SAMPLE_ARTICLE }, translator);
    const rows = await db.segment.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(segments);
    expect(rows.map((s) => s.kind)).toEqual(["title", "lead", "body", "body", "boilerplate", "boilerplate", "source"]);
    expect(rows.filter((s) => !s.translatable).map((s) => s.sourceText)).toEqual([
      "[ad_1]",
      "Bình luận (0)",
      "Nguồn: https://example.vn/metro-5",
    ]);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.sourceUrl).toBe("https://example.vn/metro-5");
    expect(await db.translation.count({ where: { articleId } })).toBe(4 * 2);
    expect(await db.translation.count({ where: { articleId, state: "untranslated" } })).toBe(8);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.import" } })).toBe(1);
  });

  it("keeps imported German and English as translated (awaiting review) with a revision, and the imported text as the diff baseline", async () => {
    const translator = await createActor("translator");
    const bundle = {
      title: { vi: "Tin nóng", de: "Eilmeldung", en: "Breaking news" },
      paragraphs: [
        {
          sentences: [{ vi: "Trời mưa to.", de: "Es regnet stark.", en: "It is raining hard." }, { vi: "Đường ngập." }],
        },
      ],
    };
    const { articleId } = await importArticle({ format: "json", content: JSON.stringify(bundle) }, translator);
    const de = await db.translation.findMany({
      where: { articleId, lang: "de" },
      orderBy: { segment: { position: "asc" } },
      include: { revisions: true },
    });
    expect(de.map((t) => [t.text, t.state, t.origin])).toEqual([
      ["Eilmeldung", "translated", "import"],
      ["Es regnet stark.", "translated", "import"],
      ["", "untranslated", "none"],
    ]);
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

  it("removes every row a big import wrote before a later write failed", async () => {
    // 2,000 untranslated sentences first (segments and translation rows written, many statements), then
    // one with German whose revision names an author that does not exist.
    const ghost = { id: "no-such-user", role: "translator" as const, name: "Ghost" };
    const before = await counts();
    const untranslated = Array.from({ length: 2000 }, (_, i) => `Câu số ${i} của bài rất dài.`);
    const paragraphs = [...untranslated, { vi: "Câu cuối.", de: "Letzter Satz." }];
    await expect(
      importArticle({ format: "json", content: JSON.stringify({ title: "Bài dài", paragraphs }) }, ghost),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
  }, 60_000);

  it("writes a big article hidden while others are served, then shows it at once", async () => {
    const translator = await createActor("translator");
    const title = "Bài rất dài đang được nhập";
    const content = [title, ...Array.from({ length: 3000 }, (_, i) => `Đây là câu số ${i} của bài viết.`)].join("\n");
    let done = false;
    const importing = importArticle({ format: "text", content }, translator).finally(() => {
      done = true;
    });
    const seen: { listed: boolean; hiddenSegments: number }[] = [];
    while (!done) {
      const list = await findArticles({ query: title });
      const hidden = await db.article.findFirst({ where: { state: "importing", title }, select: { id: true } });
      const hiddenSegments = hidden ? await db.segment.count({ where: { articleId: hidden.id } }) : 0;
      if (!done) seen.push({ listed: list.items.length > 0, hiddenSegments });
      await new Promise((r) => setTimeout(r, 5));
    }
    const { articleId, segments } = await importing;
    // Other requests were answered while the import ran, and saw part of its rows written but not the article.
    expect(seen.some((s) => s.hiddenSegments > 0 && s.hiddenSegments < segments)).toBe(true);
    expect(seen.every((s) => !s.listed)).toBe(true);
    expect((await findArticles({ query: title })).items.map((a) => a.id)).toEqual([articleId]);
    expect(await db.translation.count({ where: { articleId } })).toBe(2 * segments);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.import" } })).toBe(1);
  }, 60_000);

  it("sweeps an import that a crash cut off more than an hour ago", async () => {
    const translator = await createActor("translator");
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    const crashed = await db.article.create({ data: { title: "Cut off", state: "importing", createdAt: twoHoursAgo } });
    await db.segment.create({
      data: { articleId: crashed.id, position: 0, paragraph: 0, kind: "title", sourceText: "Cut off" },
    });
    await importArticle({ format: "text", content: SAMPLE_ARTICLE }, translator);
    expect(await db.article.findUnique({ where: { id: crashed.id } })).toBeNull();
    expect(await db.segment.count({ where: { articleId: crashed.id } })).toBe(0);
  });
});
