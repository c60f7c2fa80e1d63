// What follows a number and belongs to it: a magnitude (tỷ, Milliarden, billion), per cent, a currency, a unit.
import type { TextLang } from "../types";
import { userTextPattern } from "@/lib/text/patterns";
import { alternation } from "./alternation";
import { CURRENCY_SUFFIX } from "./lexicon/currencies";
import { MAGNITUDES } from "./lexicon/magnitudes";
import { UNITS } from "./lexicon/units";
import type { NumberMention } from "./number-mention";

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

/** Reads the suffixes after `end` into `m`; returns where the mention ends. */
export function readSuffixes(text: string, end: number, lang: TextLang, m: NumberMention): number {
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
