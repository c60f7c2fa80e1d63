import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { publishArticle } from "@/lib/publishing/server/publish-article";
import { addComment } from "@/lib/review/server/comments";
import { updateArticleSource } from "@/lib/articles/server/update-article-source";
import type { RemovedSegment } from "@/lib/articles/source-versions";
import { createActor, createArticle } from "../../factories";
import { edit, ntrexStory, storyText, withParagraphs } from "../../unit/articles/source-edits";
import { readNtrexArticles } from "../../unit/articles/ntrex-data";

const story = ntrexStory();
const corrected = story.paragraphs[3]![0]!.replace("2017", "2018");
const dropped = story.paragraphs[2]![1]!;
const added = "Một đoạn mới được thêm vào sau khi bài viết được xuất bản.";
// The newsroom's second version: a corrected number, a sentence deleted, a paragraph added.
const nextVersion = withParagraphs(edit(story, 3, 0, corrected), (p) => {
  p[2]!.splice(1, 1);
  p.splice(4, 0, [added]);
});

// The NTREX English for each sentence (clean for the quality checks), and for the edited ones.
const english = new Map(readNtrexArticles()[0]!.map((l) => [l.vi, l.en]));
english.set(corrected, english.get(story.paragraphs[3]![0]!)!.replace("2017", "2018"));
english.set(added, "A new paragraph was added after the article was published.");

async function translateAndApprove(articleId: string, translator: Actor, reviewer: Actor) {
  const rows = await db.translation.findMany({
    where: { articleId, lang: "en", state: { not: "approved" } },
    include: { segment: { select: { sourceText: true } } },
  });
  for (const t of rows) {
    const text = english.get(t.segment.sourceText) ?? t.text;
    const saved = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text, confirm: true },
      translator,
    );
    await approveTranslation({ translationId: t.id, expectedVersion: saved.version }, reviewer);
  }
}

async function publishedArticle() {
  const [lan, jonas, minh] = [
    await createActor("translator"),
    await createActor("reviewer"),
    await createActor("publisher"),
  ];
  const { articleId } = await createArticle(lan, storyText(story));
  await translateAndApprove(articleId, lan, jonas);
  const droppedSegment = await db.segment.findFirstOrThrow({ where: { articleId, sourceText: dropped } });
  await addComment({ segmentId: droppedSegment.id, lang: "en", body: "Check this name." }, lan);
  await publishArticle({ articleId, lang: "en" }, minh);
  return { articleId, lan, jonas, minh };
}

async function state(articleId: string) {
  return db.segment.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    include: { translations: { orderBy: { lang: "asc" }, include: { revisions: true } }, comments: true },
  });
}

describe("updateArticleSource", () => {
  it("keeps unchanged work, marks the changed segment, adds the new one and archives the removed one", async () => {
    const { articleId, minh } = await publishedArticle();
    const before = await state(articleId);
    const publication = await db.publication.findFirstOrThrow({ where: { articleId } });
    const result = await updateArticleSource({ articleId, format: "text", content: storyText(nextVersion) }, minh);
    expect(result).toMatchObject({ version: 2, changed: 1, added: 1, removed: 1, moved: 0 });

    const after = await state(articleId);
    expect(after.map((s) => s.position)).toEqual(after.map((_, i) => i));
    expect(result.segments).toBe(after.length);
    const old = new Map(before.map((s) => [s.id, s]));
    for (const s of after) {
      const was = old.get(s.id);
      if (s.sourceText === added) {
        expect(was).toBeUndefined();
        expect(s.translations.map((t) => t.state)).toEqual(["untranslated", "untranslated"]);
      } else if (s.sourceText === corrected) {
        expect(s.previousSource).toBe(story.paragraphs[3]![0]);
        const en = s.translations.find((t) => t.lang === "en")!;
        expect(en).toMatchObject({ state: "draft", sourceChanged: true, text: was!.translations[1]!.text });
        expect(en.revisions.map((r) => r.action).sort()).toEqual(["approve", "confirm", "source"]);
        // Checked against the new source: the kept text still says 2017 where the source now says 2018.
        expect(was!.translations[1]!.errorCount).toBe(0);
        expect(en.errorCount).toBeGreaterThan(0);
        expect(en.issues).toContain("2018");
      } else {
        // Unchanged: the same rows, states and history.
        expect(was?.sourceText).toBe(s.sourceText);
        expect(s.translations.map((t) => [t.id, t.state, t.version, t.revisions.length])).toEqual(
          was!.translations.map((t) => [t.id, t.state, t.version, t.revisions.length]),
        );
      }
    }
    expect(after.some((s) => s.sourceText === dropped)).toBe(false);
    const versions = await db.sourceVersion.findMany({ where: { articleId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const removed = JSON.parse(versions[1]!.removed) as RemovedSegment[];
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ text: dropped, comments: [{ body: "Check this name.", lang: "en" }] });
    expect(removed[0]!.translations.find((t) => t.lang === "en")?.revisions.map((r) => r.action)).toEqual([
      "confirm",
      "approve",
    ]);
    // The published snapshot is untouched.
    expect(await db.publication.findFirstOrThrow({ where: { articleId } })).toEqual(publication);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.source-update" } });
    expect(JSON.parse(audit.data)).toMatchObject({ version: 2, changed: 1, added: 1, removed: 1 });
  });

  it("publishing is refused until the changed segments are reviewed", async () => {
    const { articleId, lan, jonas, minh } = await publishedArticle();
    await updateArticleSource({ articleId, format: "text", content: storyText(nextVersion) }, minh);
    await expect(publishArticle({ articleId, lang: "en" }, minh)).rejects.toMatchObject({
      code: "PUBLISH_SOURCE_CHANGED",
      params: { count: 1 },
    });
    await translateAndApprove(articleId, lan, jonas);
    const published = await publishArticle({ articleId, lang: "en" }, minh);
    expect(published.version).toBe(2);
    expect(await db.publication.count({ where: { articleId } })).toBe(2);
  });

  it("is atomic: a failure at the last write leaves the article as it was", async () => {
    const { articleId, minh } = await publishedArticle();
    const before = await state(articleId);
    const articleBefore = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const postgres = process.env.DATABASE_URL?.startsWith("postgres");
    // A real failure inside the transaction: the database refuses the new version's row.
    if (postgres) {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION refuse_version() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_version BEFORE INSERT ON "SourceVersion" FOR EACH ROW WHEN (NEW."number" = 2) EXECUTE FUNCTION refuse_version()`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_version BEFORE INSERT ON "SourceVersion" WHEN NEW."number" = 2 BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
    }
    try {
      await expect(
        updateArticleSource({ articleId, format: "text", content: storyText(nextVersion) }, minh),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(
        postgres ? `DROP TRIGGER refuse_version ON "SourceVersion"` : `DROP TRIGGER refuse_version`,
      );
    }
    expect(await state(articleId)).toEqual(before);
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toEqual(articleBefore);
    expect(await db.sourceVersion.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.source-update" } })).toBe(0);
  });

  it("a bad file and an unknown article change nothing", async () => {
    const { articleId, minh } = await publishedArticle();
    const before = await state(articleId);
    await expect(updateArticleSource({ articleId, format: "text", content: "   " }, minh)).rejects.toMatchObject({
      code: "IMPORT_EMPTY",
    });
    await expect(
      updateArticleSource({ articleId: "nope", format: "text", content: storyText(nextVersion) }, minh),
    ).rejects.toMatchObject({ code: "ARTICLE_NOT_FOUND" });
    expect(await state(articleId)).toEqual(before);
  });

  it("moves and splits keep the translations with their sentences; a third version diffs from the first text", async () => {
    const { articleId, minh } = await publishedArticle();
    const whole = story.paragraphs[2]![0]!;
    const [head, tail] = whole.split(", nhưng ");
    const reordered = withParagraphs(edit(story, 2, 0, `${head}. Tuy nhiên, ông ${tail}`), (p) => p.push(p.shift()!));
    const before = await state(articleId);
    const result = await updateArticleSource({ articleId, format: "text", content: storyText(reordered) }, minh);
    expect(result).toMatchObject({ changed: 1, added: 1, removed: 0 });
    expect(result.moved).toBeGreaterThan(0);
    const after = await state(articleId);
    const ids = new Map(before.map((s) => [s.sourceText, s.translations.map((t) => t.id)]));
    for (const s of after) {
      if (ids.has(s.sourceText)) expect(s.translations.map((t) => t.id)).toEqual(ids.get(s.sourceText));
    }
    const part = after.find((s) => s.sourceText === `${head}.`)!;
    expect(part.previousSource).toBe(whole);
    // Edited again before review: the diff still starts at the text the translation was made for.
    const third = withParagraphs(edit(reordered, 1, 0, `${head}!`), () => undefined);
    await updateArticleSource({ articleId, format: "text", content: storyText(third) }, minh);
    const again = await db.segment.findUniqueOrThrow({ where: { id: part.id } });
    expect(again).toMatchObject({ sourceText: `${head}!`, previousSource: whole });
  });
});
