// date.*: months and days must survive translation ("tháng 10" ↔ Oktober ↔ October,
// "22/3" ↔ "22. März" ↔ "March 22"); weekdays must not change (thứ Ba ↔ Dienstag ↔ Tuesday).
import { issue } from "../catalogue";
import type { DateMention } from "../extract/dates";
import { budget, takePairs, zip } from "../extract/greedy";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export type DateAlignment = {
  dayMismatch: Array<{ s: DateMention; t: DateMention }>;
  dayMissing: Array<{ s: DateMention; t: DateMention }>;
  monthMismatch: Array<{ s: DateMention; t: DateMention }>;
  missing: DateMention[];
  extra: DateMention[];
};

export function alignDates(S0: DateMention[], T0: DateMention[]): DateAlignment {
  const S = [...S0];
  const T = [...T0];
  const spend = budget();
  const pass = (ok: (s: DateMention, t: DateMention) => boolean) => takePairs(S, T, ok, spend);
  pass((s, t) => s.month === t.month && (s.day === t.day || s.day === undefined));
  const dayMismatch = pass((s, t) => s.month === t.month && s.day !== undefined && t.day !== undefined);
  const dayMissing = pass((s, t) => s.month === t.month && t.day === undefined);
  const { pairs: monthMismatch, restS: missing, restT: extra } = zip(S, T);
  return { dayMismatch, dayMissing, monthMismatch, missing, extra };
}

export const checkDates: Check = ({ src, tgt, lang }) => {
  const a = alignDates(src.dates, tgt.dates);
  const out: QualityIssue[] = [];
  const p = (s: DateMention, t: DateMention) => ({ expected: s.raw.trim(), found: t.raw.trim() });
  for (const { s, t } of a.monthMismatch) out.push(issue("date.month-mismatch", lang, p(s, t), s.span, t.span));
  for (const { s, t } of a.dayMismatch) out.push(issue("date.day-mismatch", lang, p(s, t), s.span, t.span));
  for (const { s, t } of a.dayMissing) out.push(issue("date.day-missing", lang, p(s, t), s.span, t.span));
  for (const s of a.missing) out.push(issue("date.missing", lang, { expected: s.raw.trim() }, s.span));
  for (const t of a.extra) out.push(issue("date.extra", lang, { found: t.raw.trim() }, undefined, t.span));
  // Only a contradiction is reported: translators often add or drop "on Saturday" legitimately.
  const sDays = new Set(src.weekdays.map((w) => w.day));
  const tDays = new Set(tgt.weekdays.map((w) => w.day));
  const lost = src.weekdays.find((w) => !tDays.has(w.day));
  const added = tgt.weekdays.find((w) => !sDays.has(w.day));
  if (lost && added) {
    out.push(issue("date.weekday-mismatch", lang, { expected: lost.raw, found: added.raw }, lost.span, added.span));
  }
  return out;
};
