// One pass over a text: times, dates, weekdays, then numbers outside them. Cached because every
// family (numbers, units, currency, consistency) reads the same analysis.
import type { Span, TextLang } from "../types";
import { extractDates, extractWeekdays, type DateMention, type WeekdayMention } from "./dates";
import { extractNumbers, type NumberMention } from "./numbers";
import { extractTimes, type TimeMention } from "./times";

export type Analysis = {
  text: string;
  lang: TextLang;
  numbers: NumberMention[];
  times: TimeMention[];
  dates: DateMention[];
  weekdays: WeekdayMention[];
};

// URLs, e-mail addresses and handles contain digits that are not quantities.
const OPAQUE = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+|#\w+/gu;

const cache = new Map<string, Analysis>();

/** For benchmarks: measure cold analysis, not cache hits. */
export function clearAnalysisCache(): void {
  cache.clear();
}

export function analyze(text: string, lang: TextLang): Analysis {
  const key = `${lang}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const masks: Span[] = [...text.matchAll(OPAQUE)].map((m) => [m.index, m.index + m[0].length]);
  const times = extractTimes(text, lang).filter((t) => !masks.some((m) => t.span[0] < m[1] && m[0] < t.span[1]));
  const dates = extractDates(text, lang).filter((d) => !times.some((t) => d.span[0] < t.span[1] && t.span[0] < d.span[1]));
  const numbers = extractNumbers(text, lang, [...masks, ...times.map((t) => t.span), ...dates.map((d) => d.span)]);
  const result: Analysis = { text, lang, numbers, times, dates, weekdays: extractWeekdays(text, lang) };
  if (cache.size > 2000) cache.clear(); // bounded: the engine runs inside a long-lived server
  cache.set(key, result);
  return result;
}
