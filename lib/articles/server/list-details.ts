import "server-only";
import { db } from "@/lib/db";
import { parseTranslationState, perTargetLang, type TargetLang, type TranslationState } from "@/lib/vocabulary";
import { progressFromCounts, type LanguageProgress } from "@/lib/review/workflow";
import { loadListAssignments, type ListAssignment } from "./list-assignments";

export type ListDetails = {
  segments: number;
  progress: Record<TargetLang, LanguageProgress>;
  /** Open quality errors (blocking) and warnings per language. */
  issues: Record<TargetLang, { errors: number; warnings: number }>;
  /** Who translates and reviews each language, by when (null: nobody assigned). */
  assignments: Record<TargetLang, ListAssignment | null>;
};

/**
 * Segment counts, progress, issues and assignments of the articles of one page (≤ 50 ids), each from one
 * grouped query on an index led by articleId: the cost follows the page, never the archive.
 */
export async function loadListDetails(articleIds: string[]): Promise<Map<string, ListDetails>> {
  const ids = { articleId: { in: articleIds } };
  const [segments, counts, issueSums, assigned] = await Promise.all([
    db.segment.groupBy({ by: ["articleId"], _count: { _all: true }, where: ids }),
    db.translation.groupBy({ by: ["articleId", "lang", "state"], _count: { _all: true }, where: ids }),
    db.translation.groupBy({ by: ["articleId", "lang"], _sum: { errorCount: true, warningCount: true }, where: ids }),
    loadListAssignments(articleIds),
  ]);
  const segmentCounts = new Map(segments.map((r) => [r.articleId, r._count._all]));
  const issues = new Map(
    issueSums.map((r) => [
      `${r.articleId}:${r.lang}`,
      { errors: r._sum.errorCount ?? 0, warnings: r._sum.warningCount ?? 0 },
    ]),
  );
  const byArticle = new Map<string, Record<string, Partial<Record<TranslationState, number>>>>();
  for (const row of counts) {
    const langs = byArticle.get(row.articleId) ?? {};
    (langs[row.lang] ??= {})[parseTranslationState(row.state)] = row._count._all;
    byArticle.set(row.articleId, langs);
  }
  return new Map(
    articleIds.map((id) => [
      id,
      {
        segments: segmentCounts.get(id) ?? 0,
        progress: perTargetLang((lang) => progressFromCounts(byArticle.get(id)?.[lang] ?? {})),
        issues: perTargetLang((lang) => issues.get(`${id}:${lang}`) ?? { errors: 0, warnings: 0 }),
        assignments: perTargetLang((lang) => assigned.get(`${id}:${lang}`) ?? null),
      },
    ]),
  );
}
