// One pass over a text: times, dates, weekdays, then numbers outside them. Cached because every
// family (numbers, units, currency, consistency) reads the same analysis.
import type { Span, TextLang } from "../types";
import { extractDates, extractWeekdays, type DateMention, type WeekdayMention } from "./dates";
import type { NumberMention } from "./number-mention";
import { extractNumbers } from "./numbers";
import { opaqueSpans } from "./opaque";
import { mergeInOrder, SpanIndex } from "./spans";
import { extractTimes, type TimeMention } from "./times";

export type Analysis = {
  text: string;
  lang: TextLang;
  numbers: NumberMention[];
  times: TimeMention[];
  dates: DateMention[];
  weekdays: WeekdayMention[];
};

const cache = new Map<string, Analysis>();

/** For benchmarks: measure cold analysis, not cache hits. */
export function clearAnalysisCache(): void {
  cache.clear();
}

export function analyze(text: string, lang: TextLang): Analysis {
  const key = `${lang}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const masks: Span[] = opaqueSpans(text);
  const masked = new SpanIndex(masks);
  const times = extractTimes(text, lang).filter((t) => !masked.overlaps(t.span));
  const timed = new SpanIndex(times.map((t) => t.span));
  const dates = extractDates(text, lang).filter((d) => !timed.overlaps(d.span));
  const taken = mergeInOrder(
    masks,
    mergeInOrder(
      times.map((t) => t.span),
      dates.map((d) => d.span),
    ),
  );
  const numbers = extractNumbers(text, lang, new SpanIndex(taken));
  const result: Analysis = { text, lang, numbers, times, dates, weekdays: extractWeekdays(text, lang) };
  if (cache.size > 2000) cache.clear(); // bounded: the engine runs inside a long-lived server
  cache.set(key, result);
  return result;
}
