import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EditorArticle, EditorTranslation } from "@/lib/articles/editor-types";
import { translationPatch } from "@/lib/articles/translation-view";
import { parseSegmentKind, parseTargetLang, type TargetLang } from "@/lib/vocabulary";

/** The whole article for the editor in a fixed number of queries (article with segments and translations, comment counts, authors), whatever its length. */
export async function loadEditor(articleId: string): Promise<EditorArticle> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      segments: {
        orderBy: { position: "asc" },
        include: { translations: true },
      },
    },
  });
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const authorIds = [...new Set(article.segments.flatMap((s) => s.translations.map((t) => t.updatedById)))].filter(
    (id): id is string => Boolean(id),
  );
  const comments = await db.comment.groupBy({
    by: ["segmentId", "lang"],
    _count: { _all: true },
    where: { segment: { articleId } },
  });
  const commentCount = new Map(comments.map((c) => [`${c.segmentId}:${c.lang}`, c._count._all]));
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return {
    id: article.id,
    title: article.title,
    sourceUrl: article.sourceUrl,
    byline: article.byline,
    segments: article.segments.map((s) => ({
      id: s.id,
      position: s.position,
      paragraph: s.paragraph,
      kind: parseSegmentKind(s.kind),
      translatable: s.translatable,
      source: s.sourceText,
      previousSource: s.previousSource,
      translations: Object.fromEntries(
        s.translations.map((t): [TargetLang, EditorTranslation] => [
          parseTargetLang(t.lang),
          {
            ...translationPatch(t, t.updatedById ? (authors.get(t.updatedById) ?? null) : null),
            commentCount: commentCount.get(`${s.id}:${t.lang}`) ?? 0,
          },
        ]),
      ),
    })),
  };
}
