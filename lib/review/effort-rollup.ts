// Keeping EffortDay (per day and language sums of stored effort) right under every change: a translation
// counts once, on the day of its last change; when its effort changes, its old contribution leaves that
// day and the new one joins its new day. Pure: the writers hand in each row before and after.
import { dayOf, weekOf } from "./effort-fields";
import { addSums, NO_SUMS, type EffortSums } from "./effort-report";

export type StoredEffort = {
  effortAt: Date | null;
  effortWords: number;
  effortBaseWords: number | null;
  effortEdits: number | null;
  editSeconds: number;
};
export type EffortChange = { lang: string; before: StoredEffort | null; after: StoredEffort | null };
export type DayDelta = { day: string; week: string; lang: string; sums: EffortSums };

/** What one translation adds to its day (nothing before its effort is stored). */
export function contribution(e: StoredEffort | null): EffortSums | null {
  if (!e?.effortAt) return null;
  const base = e.effortBaseWords !== null;
  return {
    segments: 1,
    words: e.effortWords,
    seconds: e.editSeconds,
    baseSegments: base ? 1 : 0,
    baseWords: e.effortBaseWords ?? 0,
    edits: base ? (e.effortEdits ?? 0) : 0,
  };
}

const negate = (s: EffortSums): EffortSums => ({
  segments: -s.segments,
  words: -s.words,
  seconds: -s.seconds,
  baseSegments: -s.baseSegments,
  baseWords: -s.baseWords,
  edits: -s.edits,
});
const isZero = (s: EffortSums) => Object.values(s).every((v) => v === 0);

/**
 * The net change per (day, language) of a batch of changes, without the ones that cancel out, in key
 * order: every transaction updates EffortDay rows in the same order, so two of them never deadlock.
 */
export function effortDeltas(changes: readonly EffortChange[]): DayDelta[] {
  const deltas = new Map<string, DayDelta>();
  const add = (e: StoredEffort | null, lang: string, sign: 1 | -1) => {
    const c = contribution(e);
    if (!c || !e?.effortAt) return;
    const day = dayOf(e.effortAt);
    const key = `${day}|${lang}`;
    const d = deltas.get(key) ?? { day, week: weekOf(day), lang, sums: NO_SUMS };
    deltas.set(key, { ...d, sums: addSums(d.sums, sign === 1 ? c : negate(c)) });
  };
  for (const ch of changes) {
    add(ch.before, ch.lang, -1);
    add(ch.after, ch.lang, 1);
  }
  return [...deltas.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d)
    .filter((d) => !isZero(d.sums));
}
