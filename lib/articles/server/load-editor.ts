import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EditorArticle, EditorTranslation } from "@/lib/articles/editor-types";
import type { SegmentKind, TargetLang } from "@/lib/articles/kinds";
import type { Origin, TranslationState } from "@/lib/review/workflow";

/** The whole article for the editor in three queries (article, segments, translations), whatever its length. */
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
  const authorIds = [...new Set(article.segments.flatMap((s) => s.translations.map((t) => t.updatedById)))]
    .filter((id): id is string => Boolean(id));
  const authors = new Map((await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }))
    .map((u) => [u.id, u.name]));
  return {
    id: article.id, title: article.title, sourceUrl: article.sourceUrl, byline: article.byline,
    segments: article.segments.map((s) => ({
      id: s.id, position: s.position, paragraph: s.paragraph, kind: s.kind as SegmentKind,
      translatable: s.translatable, source: s.sourceText,
      translations: Object.fromEntries(s.translations.map((t): [TargetLang, EditorTranslation] => [t.lang as TargetLang, {
        id: t.id, lang: t.lang as TargetLang, text: t.text, state: t.state as TranslationState, origin: t.origin as Origin,
        machineText: t.machineText, approvedText: t.approvedText, rejectReason: t.rejectReason, version: t.version,
        errorCount: t.errorCount, warningCount: t.warningCount, issues: t.issues,
        updatedBy: t.updatedById ? authors.get(t.updatedById) ?? null : null, updatedAt: t.updatedAt.toISOString(),
      }])),
    })),
  };
}
