import "server-only";
import { db } from "@/lib/db";
import { TARGET_LANGS, type TargetLang } from "@/lib/articles/kinds";
import { isLikeSafe, searchQueryOf } from "@/lib/articles/search-text";
import { progressFromCounts, type LanguageProgress, type TranslationState } from "@/lib/review/workflow";

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
};

const PAGE_SIZE = 50;

/** One page of articles, newest first, with per-language progress from a single GROUP BY. */
export async function findArticles(opts: { query?: string; page?: number } = {}): Promise<{
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
}> {
  const page = Math.max(1, opts.page ?? 1);
  // Archived articles are out of the list, and so are imports still being written (write-article.ts).
  const where = {
    state: { notIn: ["archived", "importing"] },
    ...matching(opts.query),
  };
  const [total, articles] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: { createdAt: "desc" },
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
  const [counts, issueSums] = await Promise.all([
    db.translation.groupBy({ by: ["articleId", "lang", "state"], _count: { _all: true }, where: ids }),
    db.translation.groupBy({ by: ["articleId", "lang"], _sum: { errorCount: true, warningCount: true }, where: ids }),
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
    (langs[row.lang] ??= {})[row.state as TranslationState] = row._count._all;
    byArticle.set(row.articleId, langs);
  }
  const items = articles.map((a) => ({
    id: a.id,
    title: a.title,
    state: a.state,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    segments: a._count.segments,
    progress: Object.fromEntries(
      TARGET_LANGS.map((lang) => [lang, progressFromCounts(byArticle.get(a.id)?.[lang] ?? {})]),
    ) as Record<TargetLang, LanguageProgress>,
    issues: Object.fromEntries(
      TARGET_LANGS.map((lang) => [lang, issues.get(`${a.id}:${lang}`) ?? { errors: 0, warnings: 0 }]),
    ) as Record<TargetLang, { errors: number; warnings: number }>,
  }));
  return { items, total, page, pageSize: PAGE_SIZE };
}

/**
 * Title and text, insensitive to case and Vietnamese tone marks ("ca mau" finds "Cà Mau"): the folded
 * query inside the stored folded text (lib/articles/search-text.ts). Articles whose search text is not
 * filled yet (from before the column) are matched on their title meanwhile.
 */
function matching(query: string | undefined) {
  const folded = searchQueryOf(query);
  if (!folded || !query) return {};
  const raw = query.trim();
  const legacy = isLikeSafe(raw) ? [{ searchText: null, title: { contains: raw } }] : [];
  return { OR: [{ searchText: { contains: folded } }, ...legacy] };
}
