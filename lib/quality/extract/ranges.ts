// Day ranges share one month: "từ 5 đến 7/4" ↔ "vom 5. bis 7. April" ↔ "from April 5 to 7". The bare
// day next to a date is a date of the same month, so that the two days pair up across languages
// instead of one of them looking like a stray number and the other like a wrong day.
import type { TextLang } from "../types";
import type { DateMention } from "./date-mention";

const BEFORE = /(?<![\d.,/])(\d{1,2})\.?\s*(?:-|–|—|đến|tới|bis|to|and|und|và)\s*(?:ngày\s+|zum\s+|dem\s+)?$/u;
const AFTER = /^\s*(?:-|–|—|to|and|bis|und|đến)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d/.,:]\d)/u;

export function rangeDays(text: string, dates: DateMention[], lang: TextLang): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    if (d.day === undefined) continue;
    const head = BEFORE.exec(text.slice(Math.max(0, d.span[0] - 24), d.span[0]));
    const day = Number(head?.[1]);
    if (head && day >= 1 && day < d.day) {
      const start = d.span[0] - head[0].length;
      out.push({ month: d.month, day, span: [start, start + (head[1] ?? "").length], raw: head[1] ?? "" });
    }
    // "April 5 to 7" (English writes the month first): the day after the range word.
    if (lang !== "en") continue;
    const tail = AFTER.exec(text.slice(d.span[1], d.span[1] + 16));
    const later = Number(tail?.[1]);
    if (tail && later > d.day && later <= 31) {
      const start = d.span[1] + tail[0].indexOf(tail[1] ?? "", tail[0].search(/\d/));
      out.push({ month: d.month, day: later, span: [start, d.span[1] + tail[0].length], raw: tail[0].trim() });
    }
  }
  return out;
}
