// Clock times: 17:30, 5.30pm, 5 a.m., 15:00 Uhr, 5 giờ sáng, 17h30. Values are compared modulo
// 12 hours because Vietnamese often leaves am/pm implicit ("lúc 2 giờ" ↔ "2pm" ↔ "14:00 Uhr").
import type { Span, TextLang } from "../types";
import { mergeInOrder, SpanIndex } from "./spans";

export type TimeMention = {
  minutes: number; // minutes after midnight modulo 12h
  hour: number;
  span: Span;
  raw: string;
  /** "N giờ" without minutes or day part: may also be a duration ("2 giờ" = two hours). */
  weak: boolean;
};

const PATTERNS: Record<TextLang, RegExp[]> = {
  vi: [
    /(?<![\d.,:\/])(\d{1,2})[:h](\d{2})(?!\d)(?:\s*giờ)?(?:\s+(sáng|trưa|chiều|tối|đêm))?/gu,
    /(?<![\d.,:\/])(\d{1,2})\.(\d{2})(?:\s*giờ(?:\s+(sáng|trưa|chiều|tối|đêm))?|\s+(sáng|trưa|chiều|tối|đêm))/gu,
    /(?<![\d.,:\/])(\d{1,2})\s*(?:giờ|h(?![\p{L}\d]))(?:\s*(\d{1,2})\s*phút)?(?:\s+(sáng|trưa|chiều|tối|đêm))?/gu,
  ],
  de: [
    /(?<![\d.,:\/])(\d{1,2}):(\d{2})(?![\d:])(?:\s*Uhr)?/gu,
    /(?<![\d.,:\/])(\d{1,2})\.(\d{2})\s*Uhr/gu,
    /(?<![\d.,:\/])(\d{1,2})\s*Uhr/gu,
  ],
  en: [
    /(?<![\d.,:\/])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)(?![\p{L}])/gu,
    /(?<![\d.,:\/])(\d{1,2}):(\d{2})(?![\d:])/gu,
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
      out.push({ minutes: ((hour % 12) * 60 + minute) % 720, hour, span, raw: m[0], weak });
      added.push(span);
    }
    takenSpans = mergeInOrder(takenSpans, added);
    taken = new SpanIndex(takenSpans);
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

export function formatTime(t: TimeMention): string {
  return t.raw.trim();
}
