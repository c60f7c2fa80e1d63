import "server-only";
import { db } from "@/lib/db";
import { isTargetLang, type TargetLang } from "@/lib/vocabulary";
import type { ArticleCursor } from "@/lib/articles/cursor";
import { loadArticlePage } from "@/lib/articles/server/article-page";
import {
  cellOf,
  effortWeeks,
  NO_SUMS,
  periodStart,
  type ArticleEffort,
  type EffortCell,
  type EffortPeriod,
  type EffortSums,
  type WeekEffort,
} from "@/lib/review/effort-report";
import { dayOf } from "@/lib/review/effort-fields";
import { pendingEffortWhere } from "./fill-effort";

export type EffortReport = {
  period: EffortPeriod;
  since: Date | null;
  totals: Record<TargetLang, EffortCell>;
  weeks: WeekEffort[];
  articles: ArticleEffort[];
  newer: string | null;
  older: string | null;
  /** Translations whose effort is still being measured (after an upgrade or an import). */
  pending: number;
};

const PAGE_SIZE = 50;
type Sums = {
  effortEdits: number | null;
  effortBaseWords: number | null;
  effortWords: number | null;
  editSeconds: number | null;
};

function articleSums(g: { _sum: Sums; _count: { _all: number; effortBaseWords: number } }): EffortSums {
  return {
    segments: g._count._all,
    words: g._sum.effortWords ?? 0,
    seconds: g._sum.editSeconds ?? 0,
    baseSegments: g._count.effortBaseWords,
    baseWords: g._sum.effortBaseWords ?? 0,
    edits: g._sum.effortEdits ?? 0,
  };
}

function daySums(s: { [K in keyof EffortSums]: number | null }): EffortSums {
  return {
    segments: s.segments ?? 0,
    words: s.words ?? 0,
    seconds: s.seconds ?? 0,
    baseSegments: s.baseSegments ?? 0,
    baseWords: s.baseWords ?? 0,
    edits: s.edits ?? 0,
  };
}

/**
 * The Effort page for a period: no text is read and no TER computed here. Totals and the weekly chart
 * are a GROUP BY week over EffortDay (sums kept per day by every writer: a few hundred rows per period,
 * whatever the archive), the per-article table one keyset page of 50 articles summed from their stored
 * effort. Cost and memory grow with the page, not with the archive.
 */
export async function loadEffortReport(
  input: { period: EffortPeriod; cursor: ArticleCursor | null },
  now = new Date(),
): Promise<EffortReport> {
  const since = periodStart(input.period, now);
  const inPeriod = since ? { effortAt: { gte: since } } : { effortAt: { not: null } };
  const [weekly, page, pending] = await Promise.all([
    db.effortDay.groupBy({
      by: ["week", "lang"],
      where: since ? { day: { gte: dayOf(since) } } : {},
      _sum: { segments: true, words: true, seconds: true, baseSegments: true, baseWords: true, edits: true },
    }),
    loadArticlePage({ state: { notIn: ["importing"] }, translations: { some: inPeriod } }, input.cursor, PAGE_SIZE),
    db.translation.count({ where: pendingEffortWhere() }),
  ]);
  const perArticle = page.rows.length
    ? await db.translation.groupBy({
        by: ["articleId", "lang"],
        where: { articleId: { in: page.rows.map((a) => a.id) }, ...inPeriod },
        _sum: { effortEdits: true, effortBaseWords: true, effortWords: true, editSeconds: true },
        _count: { _all: true, effortBaseWords: true },
      })
    : [];
  const { weeks, totals } = effortWeeks(
    weekly.flatMap((g) => (isTargetLang(g.lang) ? [{ week: g.week, lang: g.lang, sums: daySums(g._sum) }] : [])),
  );
  const cells = new Map(perArticle.map((g) => [`${g.articleId}:${g.lang}`, cellOf(articleSums(g))]));
  const cell = (id: string, lang: TargetLang) => cells.get(`${id}:${lang}`) ?? cellOf(NO_SUMS);
  const articles = page.rows.map((a) => ({
    articleId: a.id,
    title: a.title,
    de: cell(a.id, "de"),
    en: cell(a.id, "en"),
  }));
  return { period: input.period, since, totals, weeks, articles, newer: page.newer, older: page.older, pending };
}
