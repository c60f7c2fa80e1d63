// Locale-aware number extraction: "40.000 tỷ đồng" == "40 trillion dong" == "40 Billionen Dong" (4e13),
// 10,5 (vi/de) == 10.5 (en), 14 % == 14 Prozent == 14 per cent, tám == acht == eight.
import type { Span, TextLang } from "../types";
import {
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  DE_WHOLE_ONLY,
  MAGNITUDES,
  NUMBER_WORDS,
  UNITS,
  alternation,
  type UnitInfo,
} from "./lexicon";
import { COMPOUND_WORDS, extractVague } from "./number-words";
import { parseNumeral } from "./numeral";
import { extractRoman } from "./roman";
import { SpanIndex } from "./spans";

export { parseNumeral };
import { userTextPattern } from "@/lib/text/patterns";

export type NumberMention = {
  value: number; // primary reading, magnitude folded in
  values: number[]; // every acceptable reading, primary first
  mantissa: number;
  magnitude: number;
  span: Span;
  raw: string;
  /** Spelled-out word or digits inside a code (SS19): may satisfy the other side, never alarms. */
  soft: boolean;
  /** A quantity named by its magnitude only (hàng tỷ, Milliarden, billions): soft, but its order counts. */
  vague?: boolean;
  percent: boolean;
  currency?: string;
  unit?: UnitInfo;
};

const DIGITS =
  /(?<=^|[^\p{L}\p{N}_]|VND|USD|EUR|GBP)((?<!\d\s)\d{1,3}(?:[\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)([½¼¾])?|([½¼¾])/gu;
// Digits glued to letters are codes (SS19, HER2) except after a currency code (VND40 trillion).
// No-break-space grouping (10 000) unless it continues a digit run: "0800 555 111" is a phone number.
const CODE_DIGITS = /(?<=\p{L})(?<!VND|USD|EUR|GBP)\d+(?![.,]\d)/gu;
const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75 };
const sticky = (body: string, flags = "u") => userTextPattern(new RegExp(`^(?:${body})`, flags));
const MAG_RE = Object.fromEntries(
  (["vi", "de", "en"] as const).map((l) => [
    l,
    sticky(`\\s?(${alternation(MAGNITUDES[l].map(([w]) => w))})(?![\\p{L}])`),
  ]),
) as Record<TextLang, RegExp>;
const CUR_RE = Object.fromEntries(
  (["vi", "de", "en"] as const).map((l) => [
    l,
    sticky(`\\s*(${alternation(CURRENCY_SUFFIX[l].map(([w]) => w))})(?![\\p{L}])`),
  ]),
) as Record<TextLang, RegExp>;
const PERCENT_RE = sticky("\\s?°?\\s?%(?:ig)?|\\s*(?:phần trăm|Prozent|prozentig|percent|per cent|pc)(?![\\p{L}])");
const UNIT_RE = sticky(`\\s*(?:-\\s*)?(${alternation(UNITS.map(([w]) => w))})(?![\\p{L}²³])`);
const PREFIX_RE = /(US\$|\$|£|€|¥|₫|USD ?|EUR ?|GBP ?|VND ?)$/u;
const WORDS = Object.fromEntries(
  (["vi", "de", "en"] as const).map((l) => [l, [...NUMBER_WORDS[l], ...COMPOUND_WORDS[l]]]),
) as Record<TextLang, Array<[string, number[]]>>;
const WORD_RE = Object.fromEntries(
  (["vi", "de", "en"] as const).map((l) => [
    l,
    userTextPattern(
      new RegExp(
        `(?<![\\p{L}\\d])(${alternation(WORDS[l].map(([w]) => w))})${l === "de" ? "" : "(?![\\p{L}])"}`,
        "giu",
      ),
    ),
  ]),
) as Record<TextLang, RegExp>;
const RANGE_GAP = /^\s*(?:-|–|—|đến|tới|to|bis|and|und|và|or|oder|hoặc)\s*$/iu;

function readSuffixes(text: string, end: number, lang: TextLang, m: NumberMention): number {
  let pos = end;
  const rest = () => text.slice(pos, pos + 40);
  let r = MAG_RE[lang].exec(rest());
  if (!r && lang === "en" && m.currency) r = /^(m|k|b)(?![\p{L}])/u.exec(rest());
  if (r) {
    const word = r[1] ?? "";
    const mag =
      MAGNITUDES[lang].find(([w]) => w === word)?.[1] ??
      ({ m: 1e6, k: 1e3, b: 1e9 } as Record<string, number>)[word] ??
      1;
    m.magnitude = mag;
    pos += r[0].length;
  }
  if ((r = PERCENT_RE.exec(rest()))) {
    m.percent = true;
    pos += r[0].length;
  }
  if ((r = CUR_RE[lang].exec(rest()))) {
    m.currency = CURRENCY_SUFFIX[lang].find(([w]) => w === r?.[1])?.[1];
    pos += r[0].length;
  } else if (lang === "en" && m.magnitude > 1 && (r = /^\s*pounds?(?![\p{L}])/u.exec(rest()))) {
    m.currency = "GBP"; // "2.8 billion pounds" is money; "550 pound hog" is weight
    pos += r[0].length;
  }
  if (!m.currency && !m.percent && (r = UNIT_RE.exec(rest()))) {
    m.unit = UNITS.find(([w]) => w === r?.[1])?.[1];
    pos += r[0].length;
  }
  return pos;
}

function finish(m: NumberMention, base: number[], text: string): NumberMention {
  m.mantissa = base[0] ?? 0;
  m.values = base.map((v) => v * m.magnitude);
  m.value = m.values[0] ?? 0;
  m.raw = text.slice(m.span[0], m.span[1]);
  return m;
}

const blank = (start: number, soft: boolean): NumberMention => ({
  value: 0,
  values: [],
  mantissa: 0,
  magnitude: 1,
  span: [start, start],
  raw: "",
  soft,
  percent: false,
});

const LETTERS = /\p{L}*/uy;

export function extractNumbers(text: string, lang: TextLang, masks: SpanIndex): NumberMention[] {
  const out: NumberMention[] = [];
  for (const d of text.matchAll(DIGITS)) {
    const span: Span = [d.index, d.index + d[0].length];
    if (masks.overlaps(span)) continue;
    const frac = FRACTIONS[d[2] ?? d[3] ?? ""] ?? 0;
    const base = d[1] ? parseNumeral(d[1], lang).map((v) => v + frac) : [frac];
    const m = blank(d.index, false);
    const prefix = PREFIX_RE.exec(text.slice(Math.max(0, d.index - 4), d.index));
    if (prefix) {
      m.currency = CURRENCY_PREFIX.find(([p]) => p === prefix[1]?.trim() || p === prefix[1])?.[1];
      m.span[0] -= prefix[0].length;
    }
    m.span[1] = readSuffixes(text, span[1], lang, m);
    out.push(finish(m, base, text));
  }
  for (const d of text.matchAll(CODE_DIGITS)) {
    const m = blank(d.index, true);
    m.span[1] = d.index + d[0].length;
    out.push(finish(m, [Number(d[0])], text));
  }
  const coded = new SpanIndex(out.map((o) => o.span));
  for (const r of extractRoman(text, lang)) {
    if (masks.overlaps(r.span) || coded.overlaps(r.span)) continue;
    const m = blank(r.span[0], false);
    m.span[1] = r.span[1];
    out.push(finish(m, [r.value], text));
  }
  // Words may not overlap a number read so far; spelled-out ones come in text order, so for them the
  // furthest end reached is enough (each starts after the previous one's start).
  const digits = new SpanIndex(out.map((o) => o.span));
  const vague = extractVague(text, lang).filter((v) => !masks.overlaps(v.span) && !digits.overlaps(v.span));
  const vagueIndex = new SpanIndex(vague.map((v) => v.span));
  const wordSpans: Span[] = [];
  let wordsEnd = -1;
  for (const w of text.matchAll(WORD_RE[lang])) {
    const word = (w[1] ?? "").toLowerCase();
    const span: Span = [w.index, w.index + w[0].length];
    if (masks.overlaps(span) || digits.overlaps(span) || vagueIndex.overlaps(span) || span[0] < wordsEnd) continue;
    if (lang === "de" && DE_WHOLE_ONLY.has(word) && /\p{L}/u.test(text.charAt(span[1]))) continue;
    const entry = WORDS[lang].find(([x]) => x === word);
    if (!entry) continue;
    const m = blank(w.index, true);
    LETTERS.lastIndex = span[1];
    const wordEnd = lang === "de" ? span[1] + (LETTERS.exec(text)?.[0].length ?? 0) : span[1];
    m.span[1] = readSuffixes(text, wordEnd, lang, m);
    // "năm triệu", "fünf Milliarden", "a million": the magnitude makes the word a firm quantity.
    if (m.magnitude >= 1000) m.soft = false;
    out.push(finish(m, entry[1], text));
    wordSpans.push(m.span);
    wordsEnd = Math.max(wordsEnd, m.span[1]);
  }
  const words = new SpanIndex(wordSpans);
  for (const v of vague) {
    if (words.overlaps(v.span)) continue;
    const m = blank(v.span[0], true);
    m.vague = true;
    m.span[1] = readSuffixes(text, v.span[1], lang, m);
    out.push(finish(m, [v.value], text));
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return joinPairs(out, text);
}

/** Fractions (1/3), abbreviated year ranges (1950-53) and shared suffixes in ranges (2 to 4 inches). */
function joinPairs(list: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (!a) continue;
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.span[1], b.span[0]);
    if (
      !a.soft &&
      !b.soft &&
      gap === "/" &&
      Number.isInteger(a.value) &&
      b.value >= 2 &&
      b.value <= 10 &&
      a.value < b.value
    ) {
      out.push({
        ...a,
        value: a.value / b.value,
        values: [a.value / b.value],
        mantissa: a.value / b.value,
        span: [a.span[0], b.span[1]],
        raw: text.slice(a.span[0], b.span[1]),
      });
      i++;
      continue;
    }
    if (/^[-–/]$/.test(gap) && /^\d{4}$/.test(a.raw) && /^\d{2}$/.test(b.raw)) {
      const year = Math.floor(a.value / 100) * 100 + b.value;
      b.value = year > a.value ? year : year + 100;
      b.values = [b.value, ...b.values];
      b.mantissa = b.value;
    }
    if (RANGE_GAP.test(gap)) {
      if (a.magnitude === 1 && b.magnitude > 1 && !a.soft) {
        a.magnitude = b.magnitude;
        a.values = a.values.map((v) => v * b.magnitude);
        a.value = a.values[0] ?? 0;
      }
      a.percent ||= b.percent;
      a.unit ??= b.unit;
      a.currency ??= b.currency;
      b.currency ??= a.currency;
    }
    out.push(a);
  }
  return out;
}

export function formatNumber(m: NumberMention): string {
  return m.raw.trim();
}
