// Clock times: 17:30, 5.30pm, 5 a.m., 15:00 Uhr, 5 giờ sáng, 17h30. Values are compared modulo
// 12 hours because Vietnamese often leaves am/pm implicit ("lúc 2 giờ" ↔ "2pm" ↔ "14:00 Uhr"); where
// the half of the day is known on both sides (19 giờ, 7 giờ tối, 7 p.m., 19 Uhr) it must agree too.
import type { Span, TextLang } from "../types";
import { mergeInOrder, SpanIndex } from "./spans";

export type TimeMention = {
  minutes: number; // minutes after midnight modulo 12h
  hour: number;
  span: Span;
  raw: string;
  /** "N giờ" without minutes or day part: may also be a duration ("2 giờ" = two hours). */
  weak: boolean;
  /** Minutes after midnight when the half of the day is known (24-hour figure, am/pm, day part). */
  abs?: number;
  /** Named by a word (noon, midnight): may answer a time, never stands for a missing one. */
  named?: boolean;
};

// German news writes the 24-hour clock; a day-part word after "7 Uhr" says which half is meant.
const DE_DAYPART =
  /^\s*(?:(morgens|früh|vormittags|in der Früh|am Morgen|am Vormittag)|(mittags|am Mittag)|(nachmittags|abends|am Nachmittag|am Abend)|(nachts|in der Nacht))(?![\p{L}])/u;
const HALF: Record<string, (h: number) => number> = {
  // A 24-hour figure keeps its value whatever day part follows it ("21 giờ tối", "23 giờ đêm").
  sáng: (h) => h % 12,
  trưa: (h) => (h <= 4 ? h + 12 : h),
  chiều: (h) => (h < 12 ? h + 12 : h),
  tối: (h) => (h < 12 ? h + 12 : h % 24),
  đêm: (h) => (h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h % 24),
  "a.m.": (h) => h % 12,
  am: (h) => h % 12,
  AM: (h) => h % 12,
  // "at 6 tomorrow morning", "at 5 in the afternoon": an English hour named by its day part.
  morning: (h) => h % 12,
  afternoon: (h) => (h < 12 ? h + 12 : h),
  evening: (h) => (h < 12 ? h + 12 : h),
  night: (h) => (h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h % 24),
  "p.m.": (h) => (h % 12) + 12,
  pm: (h) => (h % 12) + 12,
  PM: (h) => (h % 12) + 12,
};

/** The hour after midnight, when the text says which half of the day it is. */
function absoluteHour(text: string, end: number, lang: TextLang, hour: number, marker?: string): number | undefined {
  if (marker) return HALF[marker]?.(hour);
  if (hour >= 13 || hour === 0) return hour % 24;
  if (lang !== "de") return undefined;
  const d = DE_DAYPART.exec(text.slice(end, end + 24));
  if (!d) return hour;
  if (d[1]) return hour % 12;
  if (d[2]) return hour <= 4 ? hour + 12 : hour;
  if (d[3]) return hour < 12 ? hour + 12 : hour;
  return hour >= 6 && hour < 12 ? hour + 12 : hour % 12;
}

// Agency style "1200 GMT", "0930 UTC": four digits before a time zone are a clock time.
const ZONED = /(?<![\d.,:\/])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:GMT|UTC|BST|CET|CEST|MEZ|EST|EDT|PST|PDT)(?![\p{L}]))/gu;
// "15.00 UTC", "8.30 GMT": a dotted clock time before a time zone (British and German style).
const ZONED_DOT = /(?<![\d.,:\/])(\d{1,2})\.([0-5]\d)(?=\s?(?:GMT|UTC|BST|CET|CEST|MEZ|EST|EDT|PST|PDT)(?![\p{L}]))/gu;
// "at 6 tomorrow morning", "at 5 in the afternoon": "at" and a bare hour, then the part of the day.
const EN_AT_DAYPART =
  /(?<![\p{L}])at\s(\d{1,2})(?:[:.](\d{2}))?(?=\s(?:(?:tomorrow|this|that|in\sthe|yesterday|on\s\p{Lu}\p{L}+)\s)?(morning|afternoon|evening|night)(?![\p{L}]))/gu;
const PATTERNS: Record<TextLang, RegExp[]> = {
  vi: [
    /(?<![\d.,:\/])(\d{1,2})[:h](\d{2})(?!\d)(?:\s*giờ)?(?:\s+(sáng|trưa|chiều|tối|đêm))?/gu,
    /(?<![\d.,:\/])(\d{1,2})\.(\d{2})(?:\s*giờ(?:\s+(sáng|trưa|chiều|tối|đêm))?|\s+(sáng|trưa|chiều|tối|đêm))/gu,
    // "19 giờ 30 phút", and "19 giờ 30" when what follows the minutes is no noun they could count.
    /(?<![\d.,:\/])(\d{1,2})\s*(?:giờ|h(?![\p{L}\d]))(?:\s*(\d{1,2})(?:\s*phút|(?=\s*(?:[,;.)–-]|$|(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|thứ|tại|ở|và|cùng)(?![\p{L}])))))?(?:\s+(sáng|trưa|chiều|tối|đêm))?/gu,
  ],
  de: [
    /(?<![\d.,:\/])(\d{1,2}):(\d{2})(?![\d:])(?:\s*Uhr)?/gu,
    /(?<![\d.,:\/])(\d{1,2})\.(\d{2})\s*Uhr/gu,
    /(?<![\d.,:\/])(\d{1,2})\s*Uhr/gu,
    ZONED,
    ZONED_DOT,
  ],
  en: [
    /(?<![\d.,:\/])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)(?![\p{L}])/gu,
    /(?<![\d.,:\/])(\d{1,2}):(\d{2})(?![\d:])/gu,
    ZONED,
    ZONED_DOT,
    EN_AT_DAYPART,
  ],
};

export function extractTimes(text: string, lang: TextLang): TimeMention[] {
  const out: TimeMention[] = [];
  // Matches of one pattern never overlap each other, so each pattern is checked against the earlier ones.
  let taken = new SpanIndex([]);
  let takenSpans: Span[] = [];
  for (const re of PATTERNS[lang]) {
    const added: Span[] = [];
    for (const m of text.matchAll(re)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (taken.overlaps(span)) continue;
      const hour = Number(m[1]);
      const hasMinutes = m[2] !== undefined && /^\d+$/.test(m[2]);
      const minute = hasMinutes ? Number(m[2]) : 0;
      if (hour > 24 || minute > 59) continue;
      const marker = m.slice(2).find((g) => g !== undefined && !/^\d+$/.test(g));
      // "48 giờ" is a duration, never a clock time; only hours up to 24 can be read as times.
      const weak = lang === "vi" && !hasMinutes && !marker && !/h$/.test(m[0]);
      const abs = absoluteHour(text, span[1], lang, hour, marker);
      const mention: TimeMention = { minutes: ((hour % 12) * 60 + minute) % 720, hour, span, raw: m[0], weak };
      if (abs !== undefined) mention.abs = abs * 60 + minute;
      out.push(mention);
      added.push(span);
    }
    takenSpans = mergeInOrder(takenSpans, added);
    taken = new SpanIndex(takenSpans);
  }
  if (lang === "en") out.push(...sharedMarkers(text, out, taken));
  if (lang !== "vi") out.push(...namedHours(text, taken));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

// "12 giờ trưa" ↔ "noon", "0 giờ" ↔ "midnight" / "Mitternacht": the hour named by a word.
const NAMED_HOUR = /(?<![\p{L}])(noon|midday|midnight|Mitternacht)(?![\p{L}])/giu;
function namedHours(text: string, taken: SpanIndex): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of text.matchAll(NAMED_HOUR)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (taken.overlaps(span)) continue;
    const hour = /^(noon|midday)$/i.test(m[0]) ? 12 : 0;
    out.push({ minutes: 0, hour, span, raw: m[0], weak: false, abs: hour * 60, named: true });
  }
  return out;
}

// "from 5 to 10 p.m.", "9-11 a.m.": the first hour of a range takes the marker of the second.
const RANGE_HEAD = /(?<![\d.,:\/])(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|to|until|till)\s*$/u;
function sharedMarkers(text: string, times: TimeMention[], taken: SpanIndex): TimeMention[] {
  const out: TimeMention[] = [];
  for (const t of times) {
    const marker = /(a\.m\.|p\.m\.|am|pm|AM|PM)$/u.exec(t.raw.trim())?.[1];
    if (!marker) continue;
    const from = Math.max(0, t.span[0] - 16);
    const head = RANGE_HEAD.exec(text.slice(from, t.span[0]));
    if (!head) continue;
    const [hour, minute] = [Number(head[1]), Number(head[2] ?? 0)];
    const span: Span = [from + head.index, from + head.index + head[0].trimEnd().length];
    if (hour > 12 || minute > 59 || taken.overlaps([span[0], span[0] + 1])) continue;
    const abs = (HALF[marker]?.(hour) ?? hour) * 60 + minute;
    const raw = text.slice(span[0], span[0] + (head[1] ?? "").length + (head[2] ? 3 : 0));
    out.push({
      minutes: ((hour % 12) * 60 + minute) % 720,
      hour,
      span: [span[0], span[0] + raw.length],
      raw,
      weak: false,
      abs,
    });
  }
  return out;
}

export function formatTime(t: TimeMention): string {
  return t.raw.trim();
}
