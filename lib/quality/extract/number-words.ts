// Spelled-out numbers beyond the basic list of lexicon.ts: teens, tens and their compounds
// ("hai mươi lăm", "fünfundzwanzig", "twenty-five", "dreizehnten", "fifteenth"), and vague
// quantities that carry only a magnitude ("hàng tỷ", "Milliarden", "billions", "hàng trăm nghìn",
// "Hunderttausende", "hundreds of thousands"). Generated once at module load.
import type { TextLang } from "../types";
import { userTextPattern } from "@/lib/text/patterns";

type Entry = [string, number[]];

const VI_UNITS = ["", "mốt", "hai", "ba", "bốn", "lăm", "sáu", "bảy", "tám", "chín"];
const VI_TENS = ["", "", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn"];
const DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
const EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const EN_TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function vietnamese(): Entry[] {
  const out: Entry[] = [["đôi mươi", [20]]];
  for (let u = 3; u <= 9; u++) out.push([`mười ${u === 5 ? "lăm" : VI_UNITS[u]}`, [10 + u]]);
  out.push(["mười bốn", [14]], ["mười tư", [14]]);
  for (let t = 2; t <= 9; t++) {
    for (let u = 1; u <= 9; u++) out.push([`${VI_TENS[t]} mươi ${VI_UNITS[u]}`, [10 * t + u]]);
    if (t >= 6) out.push([`${VI_TENS[t]} mươi`, [10 * t]]);
    // "hai mươi năm" is usually "twenty years": only "lăm" reads as a five here.
    out.push([`${VI_TENS[t]} mươi tư`, [10 * t + 4]]);
  }
  return out;
}

function german(): Entry[] {
  // Matched as word prefixes, so "dreizehnten", "Zwanzigern" and "fünfundzwanzigste" are covered.
  const out: Entry[] = DE_TEENS.slice(3).map((w, i) => [w, [13 + i]]);
  out.push(
    ["tausend", [1000]],
    ["eintausend", [1000]],
    ["neunzehn", [19]],
    ["sechzig", [60]],
    ["siebzig", [70]],
    ["achtzig", [80]],
    ["neunzig", [90]],
  );
  for (let t = 2; t <= 9; t++) for (let u = 1; u <= 9; u++) out.push([`${DE_UNITS[u]}und${DE_TENS[t]}`, [10 * t + u]]);
  // "zweitausend", "dreihundert": a German compound holds its magnitude inside the word.
  for (let u = 2; u <= 9; u++) out.push([`${DE_UNITS[u]}tausend`, [1000 * u]], [`${DE_UNITS[u]}hundert`, [100 * u]]);
  return out;
}

function english(): Entry[] {
  const out: Entry[] = EN_TEENS.map((w, i) => [w, [13 + i]]);
  EN_TEENS.forEach((w, i) => out.push([`${w}th`, [13 + i]]));
  for (let t = 6; t <= 9; t++) out.push([EN_TENS[t] ?? "", [10 * t]]);
  for (let t = 2; t <= 9; t++) {
    const tens = EN_TENS[t] ?? "";
    out.push([`${tens.slice(0, -1)}ieth`, [10 * t]], [`${tens.slice(0, -1)}ies`, [10 * t]]);
    for (let u = 1; u <= 9; u++) {
      for (const sep of ["-", " "]) {
        out.push([`${tens}${sep}${EN_UNITS[u]}`, [10 * t + u]], [`${tens}${sep}${EN_ORD[u]}`, [10 * t + u]]);
      }
    }
  }
  return out;
}

export const COMPOUND_WORDS: Record<TextLang, Entry[]> = { vi: vietnamese(), de: german(), en: english() };

/** A quantity named only by its magnitude, with the multipliers that may precede it. */
export const VAGUE: Record<TextLang, { multipliers: Array<[string, number]>; magnitudes: Array<[string, number]> }> = {
  vi: {
    multipliers: [
      ["hàng chục", 10],
      ["hàng trăm", 100],
      ["hàng", 1],
      ["nhiều", 1],
      ["vài chục", 10],
      ["vài trăm", 100],
      ["vài", 1],
      ["mấy", 1],
    ],
    magnitudes: [
      ["nghìn tỷ", 1e12],
      ["ngàn tỷ", 1e12],
      ["nghìn tỉ", 1e12],
      ["ngàn tỉ", 1e12],
      ["tỷ", 1e9],
      ["tỉ", 1e9],
      ["triệu", 1e6],
      ["vạn", 1e4],
      ["nghìn", 1e3],
      ["ngàn", 1e3],
      ["trăm", 100],
      ["chục", 10],
    ],
  },
  de: {
    multipliers: [
      ["Hundert", 100],
      ["Zehn", 10],
      ["mehrere ", 1],
      ["einige ", 1],
      ["viele ", 1],
    ],
    magnitudes: [
      ["Billionen", 1e12],
      ["Milliarden", 1e9],
      ["Millionen", 1e6],
      ["tausende", 1e3],
      ["Tausende", 1e3],
      ["Tausenden", 1e3],
      ["tausenden", 1e3],
      ["Hunderte", 100],
      ["Hunderten", 100],
      ["Dutzende", 10],
      ["Dutzenden", 10],
    ],
  },
  en: {
    multipliers: [
      ["hundreds of ", 100],
      ["tens of ", 10],
      ["several ", 1],
      ["a few ", 1],
      ["many ", 1],
    ],
    magnitudes: [
      ["trillions", 1e12],
      ["billions", 1e9],
      ["millions", 1e6],
      ["thousands", 1e3],
      ["trillion", 1e12],
      ["billion", 1e9],
      ["million", 1e6],
      ["thousand", 1e3],
      ["hundreds", 100],
      ["dozens", 10],
    ],
  },
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alt = (xs: Array<[string, number]>) =>
  [...xs]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");
// At the start of a sentence: "Hàng triệu người…", "Several billion…", "Mehrere Milliarden…".
const withCapitals = (xs: Array<[string, number]>): Array<[string, number]> =>
  xs.flatMap(([w, v]): Array<[string, number]> => [
    [w, v],
    [w.charAt(0).toUpperCase() + w.slice(1), v],
  ]);
const VAGUE_RE = Object.fromEntries(
  (["vi", "de", "en"] as const).map((l) => [
    l,
    userTextPattern(
      new RegExp(
        `(?<![\\p{L}\\d])(?:(${alt(withCapitals(VAGUE[l].multipliers))})\\s?)?(${alt(VAGUE[l].magnitudes)})(?![\\p{L}])`,
        "gu",
      ),
    ),
  ]),
) as Record<TextLang, RegExp>;
// A bare singular (million) or a bare Vietnamese magnitude (triệu) is a number's suffix, not a quantity.
const NEEDS_MULTIPLIER = new Set(["trillion", "billion", "million", "thousand"]);

export type Vague = { span: [number, number]; value: number };

/** Quantities named only by their magnitude, in text order. */
export function extractVague(text: string, lang: TextLang): Vague[] {
  const out: Vague[] = [];
  for (const m of text.matchAll(VAGUE_RE[lang])) {
    const [mult, mag] = [m[1], m[2] ?? ""];
    if (!mult && (lang === "vi" || NEEDS_MULTIPLIER.has(mag))) continue;
    const k = VAGUE[lang].multipliers.find(([w]) => w.toLowerCase() === mult?.toLowerCase())?.[1] ?? 1;
    const v = VAGUE[lang].magnitudes.find(([w]) => w === mag)?.[1] ?? 1;
    out.push({ span: [m.index, m.index + m[0].length], value: k * v });
  }
  return out;
}
