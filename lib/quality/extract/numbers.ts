// Locale-aware number extraction: "40.000 tỷ đồng" == "40 trillion dong" == "40 Billionen Dong" (4e13),
// 10,5 (vi/de) == 10.5 (en), 14 % == 14 Prozent == 14 per cent, tám == acht == eight.
import type { Span, TextLang } from "../types";
import { userTextPattern } from "@/lib/text/patterns";
import { alternation } from "./alternation";
import { CURRENCY_PREFIX } from "./lexicon/currencies";
import { DE_WHOLE_ONLY, NUMBER_WORDS } from "./lexicon/number-words";
import { blank, finish, type NumberMention } from "./number-mention";
import { readSuffixes } from "./number-suffixes";
import { joinPairs } from "./number-pairs";
import { COMPOUND_WORDS } from "./number-words";
import { addDecades } from "./decades";
import { readGermanNumeral } from "./german-numerals";
import { parseNumeral } from "./numeral";
import { extractRoman } from "./roman";
import { SpanIndex } from "./spans";
import { extractVague } from "./vague";

const DIGITS =
  /(?<=^|[^\p{L}\p{N}_]|VND|USD|EUR|GBP)((?<!\d\s)\d{1,3}(?:[\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)([½¼¾])?|([½¼¾])/gu;
// Digits glued to letters are codes (SS19, HER2) except after a currency code (VND40 trillion).
// No-break-space grouping (10 000) unless it continues a digit run: "0800 555 111" is a phone number.
const CODE_DIGITS = /(?<=\p{L})(?<!VND|USD|EUR|GBP)\d+(?![.,]\d)/gu;
const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75 };
const PREFIX_RE = /(US\$|AUD\$|A\$|\$|£|€|¥|₫|USD ?|EUR ?|GBP ?|VND ?|AUD ?)$/u;
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
    const base = lang === "de" ? germanCompound(text.slice(w.index, wordEnd), m) : undefined;
    // "năm triệu", "fünf Milliarden", "a million": the magnitude makes the word a firm quantity.
    if (m.magnitude >= 100) m.soft = false;
    out.push(finish(m, base ?? entry[1], text));
    wordSpans.push(m.span);
    wordsEnd = Math.max(wordsEnd, m.span[1]);
  }
  const words = new SpanIndex(wordSpans);
  for (const v of vague) {
    if (words.overlaps(v.span)) continue;
    const m = blank(v.span[0], true);
    // A bare "ngàn năm" is one thousand, as loose as a number word; the others name a magnitude only.
    m.vague = !v.bare;
    m.span[1] = readSuffixes(text, v.span[1], lang, m);
    out.push(finish(m, v.also ? [v.value, v.also] : [v.value], text));
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  for (const m of out) {
    if (lang === "vi") andAHalf(text, m);
    addDecades(text, m, lang);
  }
  return joinPairs(out, text);
}

// "2 tiếng rưỡi" (two and a half hours), "hai triệu rưỡi" (2.5 million): the half comes after the
// magnitude or the counted word ("rưỡi" means nothing else).
const HALF_AFTER = /^\s(?:\p{L}+\s)?rưỡi(?![\p{L}])/u;
function andAHalf(text: string, m: NumberMention): void {
  const half = HALF_AFTER.exec(text.slice(m.span[1], m.span[1] + 16));
  if (!half) return;
  m.values = m.values.map((v) => v + 0.5 * m.magnitude);
  // "hai triệu rưỡi" is one mention; in "3 tiếng rưỡi" the hours stay outside it.
  if (/^\srưỡi/u.test(half[0])) {
    m.span[1] += half[0].length;
    m.raw = text.slice(m.span[0], m.span[1]);
  }
  m.value = m.values[0] ?? m.value;
}

/** "zweiunddreißigtausend" = 32 × 1000, "dreihundertfünfzig" = 350: the whole word's value. */
function germanCompound(word: string, m: NumberMention): number[] | undefined {
  const n = readGermanNumeral(word.toLowerCase());
  if (!n) return undefined;
  // A bare "tausend Jahre" is as loose as "ngàn năm": only a counted thousand is a firm quantity.
  if (!n.thousands || m.magnitude !== 1 || /^tausend/iu.test(word)) return [n.value];
  m.magnitude = 1000;
  return [n.value / 1000];
}

export function formatNumber(m: NumberMention): string {
  return m.raw.trim();
}
