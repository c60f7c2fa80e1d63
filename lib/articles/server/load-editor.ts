import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EditorArticle, EditorTranslation } from "@/lib/articles/editor-types";
import { fuzzyScoreOf } from "@/lib/translation/memory-fill";
import {
  parseOrigin,
  parseSegmentKind,
  parseTargetLang,
  parseTranslationState,
  type TargetLang,
} from "@/lib/vocabulary";

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
            id: t.id,
            lang: parseTargetLang(t.lang),
            text: t.text,
            state: parseTranslationState(t.state),
            origin: parseOrigin(t.origin),
            machineText: t.machineText,
            fuzzyScore: fuzzyScoreOf(t.origin, t.machineSettings),
            approvedText: t.approvedText,
            rejectReason: t.rejectReason,
            version: t.version,
            errorCount: t.errorCount,
            warningCount: t.warningCount,
            issues: t.issues,
            commentCount: commentCount.get(`${s.id}:${t.lang}`) ?? 0,
            updatedBy: t.updatedById ? (authors.get(t.updatedById) ?? null) : null,
            updatedAt: t.updatedAt.toISOString(),
            sourceChanged: t.sourceChanged,
          },
        ]),
      ),
    })),
  };
}
