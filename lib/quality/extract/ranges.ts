// Day ranges and lists share one month: "từ 5 đến 7/4" ↔ "vom 5. bis 7. April" ↔ "from April 5 to 7",
// "ngày 4, 5 và 6/2" ↔ "am 4., 5. und 6. Februar" ↔ "February 4, 5 and 6". The bare days next to a
// date are dates of the same month, so that they pair up across languages instead of one of them
// looking like a stray number and the other like a wrong day.
import type { TextLang } from "../types";
import type { DateMention } from "./date-mention";

// The link next to the date must be a range or list word; commas only join earlier days of a list
// ("4, 5 và 6/2"), so that "25, 30/4" or "April 4, 5 people" stay what they are.
const BEFORE = /(?<![\d.,/])(\d{1,2})\.?\s*(-|–|—|đến|tới|bis|to|and|und|và|,)\s*(?:ngày\s+|zum\s+|dem\s+)?$/u;
const AFTER = /^\s*(-|–|—|to|and|bis|und|đến|,)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d/.,:]\d)/u;
/** Days in one list at most (bounds the backward walk). */
const MAX_LIST = 6;

type Day = { day: number; start: number; end: number; raw: string };

/** Days before `at` joined to it by range/list words, nearest first. */
function daysBefore(text: string, at: number, day: number): Day[] {
  const out: Day[] = [];
  let [pos, next] = [at, day];
  while (out.length < MAX_LIST) {
    const head = BEFORE.exec(text.slice(Math.max(0, pos - 24), pos));
    const d = Number(head?.[1]);
    if (!head || !(d >= 1 && d < next) || (head[2] === "," && out.length === 0)) break;
    const start = pos - head[0].length;
    out.push({ day: d, start, end: start + (head[1] ?? "").length, raw: head[1] ?? "" });
    [pos, next] = [start, d];
  }
  return out;
}

/** "April 4, 5 and 6" (English writes the month first): the days after it, if the list closes. */
function daysAfter(text: string, from: number, day: number): Day[] {
  const out: Day[] = [];
  let [pos, last] = [from, day];
  while (out.length < MAX_LIST) {
    const tail = AFTER.exec(text.slice(pos, pos + 16));
    const d = Number(tail?.[2]);
    if (!tail || !(d > last && d <= 31)) break;
    const start = pos + tail[0].indexOf(tail[2] ?? "", tail[0].search(/\d/));
    out.push({ day: d, start, end: pos + tail[0].length, raw: tail[0].trim() });
    [pos, last] = [pos + tail[0].length, d];
    if (tail[1] !== ",") return out;
  }
  // Only commas: "April 4, 5 people" is no list.
  return [];
}

export function rangeDays(text: string, dates: DateMention[], lang: TextLang): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    if (d.day === undefined) continue;
    const days = daysBefore(text, d.span[0], d.day);
    if (lang === "en") days.push(...daysAfter(text, d.span[1], d.day));
    for (const x of days) out.push({ month: d.month, day: x.day, span: [x.start, x.end], raw: x.raw });
  }
  return out;
}
