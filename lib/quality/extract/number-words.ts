// Spelled-out numbers beyond the basic list of lexicon/number-words.ts: teens, tens and their compounds
// ("hai mươi lăm", "fünfundzwanzig", "twenty-five", "dreizehnten", "fifteenth"). Generated once at module load.
// Quantities named only by a magnitude ("hàng tỷ", "Milliarden") are in vague.ts.
import type { TextLang } from "../types";

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
  // "zweieinhalb Millionen" = 2,5 triệu; "anderthalb" = 1,5.
  out.push(["anderthalb", [1.5]], ["eineinhalb", [1.5]]);
  for (let u = 2; u <= 9; u++) out.push([`${DE_UNITS[u]}einhalb`, [u + 0.5]]);
  return out;
}

function english(): Entry[] {
  const out: Entry[] = EN_TEENS.map((w, i) => [w, [13 + i]]);
  // "two and a half million" = 2,5 triệu.
  for (let u = 1; u <= 9; u++) out.push([`${EN_UNITS[u]} and a half`, [u + 0.5]]);
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
