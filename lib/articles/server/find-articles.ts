import "server-only";
import { db } from "@/lib/db";
import { parseTranslationState, perTargetLang, type TargetLang, type TranslationState } from "@/lib/vocabulary";
import { searchQueryOf } from "@/lib/articles/search-text";
import { progressFromCounts, type LanguageProgress } from "@/lib/review/workflow";
import type { ListSort, ListState } from "@/lib/articles/list-params";
import { sortOrder, stateWhere } from "./list-where";
import { loadListAssignments, type ListAssignment } from "./list-assignments";

export type ArticleListItem = {
  id: string;
  title: string;
  state: string;
  createdAt: Date;
  updatedAt: Date;
  segments: number;
  progress: Record<TargetLang, LanguageProgress>;
  /** Open quality errors (blocking) and warnings per language. */
  issues: Record<TargetLang, { errors: number; warnings: number }>;
  /** Who translates and reviews each language, by when (null: nobody assigned). */
  assignments: Record<TargetLang, ListAssignment | null>;
};

const PAGE_SIZE = 50;

type FindOptions = { query?: string; page?: number; state?: ListState; lang?: TargetLang; sort?: ListSort };

/** One page of articles (newest first unless sorted otherwise), with per-language progress from a single GROUP BY. */
export async function findArticles(opts: FindOptions = {}): Promise<{
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
}> {
  const page = Math.max(1, opts.page ?? 1);
  // Archived articles are out of the list, and so are imports still being written (write-article.ts).
  const where = {
    state: { notIn: ["archived", "importing"] },
    AND: [matching(opts.query), stateWhere(opts.state, opts.lang)],
  };
  const [total, articles] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: sortOrder(opts.sort ?? "newest"),
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        state: true,
        createdAt: true,
        updatedAt: true,
        _count: { select: { segments: true } },
      },
    }),
  ]);
  const ids = { articleId: { in: articles.map((a) => a.id) } };
  const [counts, issueSums, assigned] = await Promise.all([
    db.translation.groupBy({ by: ["articleId", "lang", "state"], _count: { _all: true }, where: ids }),
    db.translation.groupBy({ by: ["articleId", "lang"], _sum: { errorCount: true, warningCount: true }, where: ids }),
    loadListAssignments(articles.map((a) => a.id)),
  ]);
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
  const items = articles.map((a) => ({
    id: a.id,
    title: a.title,
    state: a.state,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    segments: a._count.segments,
    progress: perTargetLang((lang) => progressFromCounts(byArticle.get(a.id)?.[lang] ?? {})),
    issues: perTargetLang((lang) => issues.get(`${a.id}:${lang}`) ?? { errors: 0, warnings: 0 }),
    assignments: perTargetLang((lang) => assigned.get(`${a.id}:${lang}`) ?? null),
  }));
  return { items, total, page, pageSize: PAGE_SIZE };
}

/**
 * Title and text, insensitive to case and Vietnamese tone marks ("ca mau" finds "Cà Mau"): the folded
 * query inside the stored folded text (lib/articles/search-text.ts), one LIKE that PostgreSQL answers
 * from its trigram index. No second branch for rows from before the column (an OR on the raw title
 * would make every search a full scan): those are filled in the first seconds after start
 * (fill-search-text.ts) and found from then on.
 */
function matching(query: string | undefined) {
  const folded = searchQueryOf(query);
  if (!folded) return {};
  return { searchText: { contains: folded } };
}
