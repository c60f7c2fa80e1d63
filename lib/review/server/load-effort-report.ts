import "server-only";
import { db } from "@/lib/db";
import { isTargetLang } from "@/lib/articles/kinds";
import type { ArticleCursor } from "@/lib/articles/cursor";
import { loadArticlePage } from "@/lib/articles/server/article-page";
import { cellOf, effortWeeks, NO_SUMS, periodStart, type ArticleEffort, type EffortCell, type EffortPeriod,
  type EffortSums, type WeekEffort } from "@/lib/review/effort-report";
import type { TargetLang } from "@/lib/articles/kinds";
import { pendingEffortWhere } from "./fill-effort";

export type EffortReport = {
  period: EffortPeriod; since: Date | null;
  totals: Record<TargetLang, EffortCell>; weeks: WeekEffort[];
  articles: ArticleEffort[]; newer: string | null; older: string | null;
  /** Translations whose effort is still being measured (after an upgrade or an import). */
  pending: number;
};

const PAGE_SIZE = 50;
const SUM = { _sum: { effortEdits: true, effortBaseWords: true, effortWords: true, editSeconds: true },
  _count: { _all: true, effortBaseWords: true } } as const;

type Group = { _sum: { effortEdits: number | null; effortBaseWords: number | null; effortWords: number | null; editSeconds: number | null };
  _count: { _all: number; effortBaseWords: number } };

function sumsOf(g: Group): EffortSums {
  return { segments: g._count._all, words: g._sum.effortWords ?? 0, seconds: g._sum.editSeconds ?? 0,
    baseSegments: g._count.effortBaseWords, baseWords: g._sum.effortBaseWords ?? 0, edits: g._sum.effortEdits ?? 0 };
}

/**
 * The Effort page for a period: every figure is a SQL aggregate over the effort stored with each
 * translation (no text is read, no TER computed here), the weekly chart a GROUP BY over the stored week,
 * and the per-article table one keyset page of 50 articles. Cost grows with the translations edited in
 * the period (a covering index), not with the archive; memory with the page.
 */
export async function loadEffortReport(input: { period: EffortPeriod; cursor: ArticleCursor | null }, now = new Date()): Promise<EffortReport> {
  const since = periodStart(input.period, now);
  const inPeriod = since ? { effortAt: { gte: since } } : { effortAt: { not: null } };
  const [weekly, page, pending] = await Promise.all([
    db.translation.groupBy({ by: ["effortWeek", "lang"], where: inPeriod, ...SUM }),
    loadArticlePage({ translations: { some: inPeriod } }, input.cursor, PAGE_SIZE),
    db.translation.count({ where: pendingEffortWhere() }),
  ]);
  const perArticle = page.rows.length ? await db.translation.groupBy({ by: ["articleId", "lang"],
    where: { articleId: { in: page.rows.map((a) => a.id) }, ...inPeriod }, ...SUM }) : [];
  const { weeks, totals } = effortWeeks(weekly.flatMap((g) =>
    g.effortWeek && isTargetLang(g.lang) ? [{ week: g.effortWeek, lang: g.lang, sums: sumsOf(g) }] : []));
  const cells = new Map(perArticle.map((g) => [`${g.articleId}:${g.lang}`, cellOf(sumsOf(g))]));
  const cell = (id: string, lang: TargetLang) => cells.get(`${id}:${lang}`) ?? cellOf(NO_SUMS);
  const articles = page.rows.map((a) => ({ articleId: a.id, title: a.title, de: cell(a.id, "de"), en: cell(a.id, "en") }));
  return { period: input.period, since, totals, weeks, articles, newer: page.newer, older: page.older, pending };
}
