// Post-editing effort across the archive: per article and language, and over time (by week of the
// last edit). Pure: the service hands in rows, the page draws them.
import type { TargetLang } from "@/lib/articles/kinds";
import { effortTotals, hterDetail, type EffortTotals } from "./effort";

export type EffortInput = { articleId: string; title: string; lang: TargetLang; machineText: string | null; text: string; seconds: number; editedAt: Date };
export type ArticleEffort = { articleId: string; title: string; de: EffortTotals; en: EffortTotals };
export type WeekEffort = { week: string; de: number | null; en: number | null };

/** Monday of the ISO week, as YYYY-MM-DD (UTC). */
export function weekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function effortReport(rows: EffortInput[]): { articles: ArticleEffort[]; weeks: WeekEffort[] } {
  const measured = rows.filter((r) => r.machineText !== null && r.text.trim() !== "")
    .map((r) => ({ ...r, ...hterDetail(r.machineText ?? "", r.text) }));
  const byArticle = new Map<string, { title: string; de: typeof measured; en: typeof measured }>();
  const byWeek = new Map<string, { de: typeof measured; en: typeof measured }>();
  for (const m of measured) {
    const a = byArticle.get(m.articleId) ?? { title: m.title, de: [], en: [] };
    a[m.lang].push(m);
    byArticle.set(m.articleId, a);
    const w = byWeek.get(weekOf(m.editedAt)) ?? { de: [], en: [] };
    w[m.lang].push(m);
    byWeek.set(weekOf(m.editedAt), w);
  }
  const articles = [...byArticle].map(([articleId, a]) => ({ articleId, title: a.title, de: effortTotals(a.de), en: effortTotals(a.en) }))
    .sort((x, y) => (y.de.hter + y.en.hter) - (x.de.hter + x.en.hter));
  const weeks = [...byWeek].sort(([x], [y]) => x.localeCompare(y)).map(([week, w]) => ({ week,
    de: w.de.length ? effortTotals(w.de).hter : null, en: w.en.length ? effortTotals(w.en).hter : null }));
  return { articles, weeks };
}
