// The Effort page's model, built from sums the database computed over the stored effort of each
// translation (lib/review/server/load-effort-report.ts): per language and week (from the EffortDay
// rows), and per article of one page. Pure. HTER is word-weighted over the translations that have a machine or imported baseline
// (Σ edits / Σ words = corpus TER); translations written from scratch have none: null, never 0.
import type { TargetLang } from "@/lib/vocabulary";
export { weekOf } from "./effort-fields";

export const EFFORT_PERIODS = ["7", "30", "90", "365", "all"] as const;
export type EffortPeriod = (typeof EFFORT_PERIODS)[number];
export const DEFAULT_EFFORT_PERIOD: EffortPeriod = "30";

/** Start of the period — today and the N−1 days before, whole days in UTC — or null for all time. */
export function periodStart(period: EffortPeriod, now: Date): Date | null {
  if (period === "all") return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (Number(period) - 1) * 86_400_000);
}

/** What SQL sums per group: translations, their words and editing time; and those with a baseline. */
export type EffortSums = {
  segments: number;
  words: number;
  seconds: number;
  baseSegments: number;
  baseWords: number;
  edits: number;
};
export type EffortCell = {
  hter: number | null;
  segments: number;
  words: number;
  seconds: number;
  baseSegments: number;
};
export type ArticleEffort = { articleId: string; title: string; de: EffortCell; en: EffortCell };
export type WeekEffort = { week: string; de: number | null; en: number | null };

export const NO_SUMS: EffortSums = { segments: 0, words: 0, seconds: 0, baseSegments: 0, baseWords: 0, edits: 0 };

export function addSums(a: EffortSums, b: EffortSums): EffortSums {
  return {
    segments: a.segments + b.segments,
    words: a.words + b.words,
    seconds: a.seconds + b.seconds,
    baseSegments: a.baseSegments + b.baseSegments,
    baseWords: a.baseWords + b.baseWords,
    edits: a.edits + b.edits,
  };
}

export function cellOf(s: EffortSums): EffortCell {
  return {
    hter: s.baseWords > 0 ? s.edits / s.baseWords : null,
    segments: s.segments,
    words: s.words,
    seconds: s.seconds,
    baseSegments: s.baseSegments,
  };
}

/** Weekly HTER per language (the chart) and the period's totals, from (week, language) sums. */
export function effortWeeks(groups: readonly { week: string; lang: TargetLang; sums: EffortSums }[]): {
  weeks: WeekEffort[];
  totals: Record<TargetLang, EffortCell>;
} {
  const byWeek = new Map<string, Record<TargetLang, EffortSums>>();
  const totals: Record<TargetLang, EffortSums> = { de: NO_SUMS, en: NO_SUMS };
  for (const g of groups) {
    const w = byWeek.get(g.week) ?? { de: NO_SUMS, en: NO_SUMS };
    w[g.lang] = addSums(w[g.lang], g.sums);
    byWeek.set(g.week, w);
    totals[g.lang] = addSums(totals[g.lang], g.sums);
  }
  const weeks = [...byWeek]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([week, w]) => ({ week, de: cellOf(w.de).hter, en: cellOf(w.en).hter }));
  return { weeks, totals: { de: cellOf(totals.de), en: cellOf(totals.en) } };
}
