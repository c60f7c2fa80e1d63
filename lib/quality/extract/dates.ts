// Dates and weekdays: "ngày 30 tháng 5", "22/3", "29/09/1918" ↔ "30. Mai", "29. März" ↔ "May 30",
// "29 March". Only the day/month part is a date mention; the year stays a number.
import type { Span, TextLang } from "../types";
import { alternation } from "./alternation";
import { MONTHS, WEEKDAYS } from "./lexicon/calendar";
import { rangeDays } from "./ranges";
import { mergeInOrder, SpanIndex } from "./spans";
import { userTextPattern } from "@/lib/text/patterns";

// In its own file so ranges.ts can name it without importing this module back.
import type { DateMention } from "./date-mention";
export type { DateMention };
export type WeekdayMention = { day: number; span: Span; raw: string };

const M = (lang: TextLang) => alternation(MONTHS[lang].map(([w]) => w));
const monthOf = (lang: TextLang, w: string) => MONTHS[lang].find(([name]) => name === w)?.[1];
const END = "(?![\\p{L}\\d])";
const VI_MONTH = userTextPattern(
  new RegExp(`(?:(?:ngày\\s+)?(?<![\\d.,])(\\d{1,2})\\s+)?[Tt]háng\\s+(\\d{1,2}|${M("vi")})${END}`, "gu"),
);
const VI_NUMERIC = /(?<![\d\/.,-])(\d{1,2})([\/-])(\d{1,2})(\2\d{2,4})?(?![\d\/-])/gu;
const COUNTED_AFTER = /^\s*(?:ngày|tuần|tháng|năm|giờ|tiếng|phút|lần|người)(?![\p{L}])/u;
// A bare "1/3" is a fraction; Vietnamese news writes dates after cues like "ngày", "sáng nay (24/3)".
const VI_CUE = /(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|tới|vào|nay|qua|\()\s*$/iu;
const DE_DATE = userTextPattern(new RegExp(`(?:(?<![\\d.,])(\\d{1,2})\\.\\s?)?(?<![\\p{L}])(${M("de")})${END}`, "gu"));
// "USB 3.2.", "Wi-Fi 6.": a version number ending a sentence, not the 3rd of February. The word
// before is cut out by hand and tested anchored at both ends (a pattern ending in "…\s?$" would be
// retried from every capital of a long run).
const CODE_WORD = /^(?:\p{Lu}[\p{Lu}\d]*\p{Lu}|Wi-Fi|Version|Bluetooth)$/u;
function codeBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  return CODE_WORD.test(before.slice(before.lastIndexOf(" ") + 1));
}
const DE_NUMERIC = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?![\d])/gu;
const EN_DATE = userTextPattern(
  new RegExp(
    `(?:(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<![\\p{L}])(${M("en")})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d))?${END}`,
    "gu",
  ),
);
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
// "May" and "March" are also a verb/noun: only a month next to a number or after a time preposition
// ("in May", "mid-March"). The word is looked for before the whitespace and hyphen ahead of the
// month, which are skipped by hand: a regex ending in \s*$ would rescan every whitespace run.
const EN_CUE = /\b(?:in|on|since|until|by|from|of|early|late|mid|last|next|this|end|before|after|during)$/i;
export function enCue(text: string, at: number): boolean {
  const skipSpace = (i: number) => {
    while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
    return i;
  };
  let i = skipSpace(at);
  if (text.charAt(i - 1) === "-") i = skipSpace(i - 1);
  // One character more than the longest cue word, so that \b sees what stands before the word.
  return EN_CUE.test(text.slice(Math.max(0, i - 7), i));
}

// "Hoàng Thị Mai": a bare month name right after a capitalised word that is no time cue is a name.
const CAPITAL_BEFORE = /(?<![\p{L}])(\p{Lu}\p{L}*)\s$/u;
const DE_MONTH_CUES = new Set(["Anfang", "Ende", "Mitte", "Monat", "Im", "Am", "Seit", "Bis", "Ab", "Vom", "Zum"]);
function nameBefore(text: string, start: number, end: number): boolean {
  const w = CAPITAL_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  return !!w && !DE_MONTH_CUES.has(w) && !/^\s+\d{4}/.test(text.slice(end, end + 6));
}

// "ngày 4 và 5/2", "ngày 4, 5 và 6/2": the cue stands before the first day of the list.
const LIST_HEAD = /(?<![\d.,/])\d{1,2}\s*(?:,|và|-|–|đến|tới)\s*$/u;
function listStart(text: string, at: number): number {
  let pos = at;
  for (let k = 0; k < 6; k++) {
    const head = LIST_HEAD.exec(text.slice(Math.max(0, pos - 12), pos));
    if (!head) break;
    pos -= head[0].length;
  }
  return pos;
}

function valid(day: number | undefined, month: number): boolean {
  return month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

export function extractDates(text: string, lang: TextLang): DateMention[] {
  const out: DateMention[] = [];
  // Mentions of one pattern never overlap each other: each pattern is checked against the earlier ones.
  let earlier = new SpanIndex([]);
  let earlierSpans: Span[] = [];
  let counted = 0;
  const next = () => {
    earlierSpans = mergeInOrder(
      earlierSpans,
      out.slice(counted).map((d) => d.span),
    );
    counted = out.length;
    earlier = new SpanIndex(earlierSpans);
  };
  const push = (day: number | undefined, month: number | undefined, start: number, end: number) => {
    if (month === undefined || !valid(day, month)) return;
    if (earlier.overlaps([start, end])) return;
    out.push({ month, day, span: [start, end], raw: text.slice(start, end) });
  };
  for (const m of text.matchAll(ISO)) push(Number(m[3]), Number(m[2]), m.index + 5, m.index + m[0].length);
  next();
  if (lang === "vi") {
    for (const m of text.matchAll(VI_MONTH)) {
      const word = m[2] ?? "";
      // A lower-case month word is a month only after a day ("18 tháng sáu"): "ba tháng hai tuần"
      // is three months and two weeks.
      if (!m[1] && /^\p{Ll}/u.test(word)) continue;
      const month = /^\d+$/.test(word) ? Number(word) : monthOf("vi", word);
      push(m[1] ? Number(m[1]) : undefined, month, m.index, m.index + m[0].length);
    }
    next();
    for (const m of text.matchAll(VI_NUMERIC)) {
      const [d, sep, mo, year] = [m[1] ?? "", m[2], m[3] ?? "", m[4]];
      const head = listStart(text, m.index);
      const cue = VI_CUE.test(text.slice(Math.max(0, head - 16), head));
      const padded = /^0/.test(d) || /^0/.test(mo);
      // "1-0" is a score: a dash date needs a cue or a year ("ngày 24-3", "24-3-2024").
      if (sep === "-" ? !year && !cue : !year && !cue && !padded) continue;
      // "từ 2-5 ngày", "3-4 tuần": a range of counted things, not the 2nd of May.
      if (sep === "-" && !year && COUNTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
        continue;
      push(Number(d), Number(mo), m.index, m.index + d.length + 1 + mo.length);
    }
  } else if (lang === "de") {
    for (const m of text.matchAll(DE_NUMERIC)) {
      if (!m[3] && !/\.\s*$/.test(m[0])) continue;
      if (!m[3] && codeBefore(text, m.index)) continue;
      push(Number(m[1]), Number(m[2]), m.index, m.index + (m[1] ?? "").length + (m[2] ?? "").length + 2);
    }
    next();
    for (const m of text.matchAll(DE_DATE)) {
      if (!m[1] && nameBefore(text, m.index, m.index + m[0].length)) continue;
      push(m[1] ? Number(m[1]) : undefined, monthOf("de", m[2] ?? ""), m.index, m.index + m[0].length);
    }
  } else {
    for (const m of text.matchAll(EN_DATE)) {
      const name = m[2] ?? "";
      const day = m[1] ?? m[3];
      if ((name === "May" || name === "March") && !day && !enCue(text, m.index)) continue;
      push(day ? Number(day) : undefined, monthOf("en", name), m.index, m.index + m[0].length);
    }
  }
  next();
  for (const r of rangeDays(text, out.slice(), lang)) push(r.day, r.month, r.span[0], r.span[1]);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

const WEEKDAY_RE: Record<TextLang, RegExp> = {
  vi: userTextPattern(new RegExp(`(?<![\\p{L}])(${alternation(WEEKDAYS.vi.map(([w]) => w))})(?![\\p{L}])`, "gu")),
  // German weekdays also open compounds: Samstagnachmittag, Freitagabend, samstags.
  de: userTextPattern(new RegExp(`(?<![\\p{L}])(${alternation(WEEKDAYS.de.map(([w]) => w))})`, "gu")),
  en: userTextPattern(new RegExp(`(?<![\\p{L}])(${alternation(WEEKDAYS.en.map(([w]) => w))})(?![a-z])`, "gu")),
};

export function extractWeekdays(text: string, lang: TextLang): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  for (const m of text.matchAll(WEEKDAY_RE[lang])) {
    const day = WEEKDAYS[lang].find(([w]) => w === m[1])?.[1];
    if (day !== undefined) out.push({ day, span: [m.index, m.index + m[0].length], raw: m[0] });
  }
  return out;
}
