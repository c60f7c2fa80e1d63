// Quantities that carry only a magnitude: "hàng tỷ", "Milliarden", "billions", "hàng trăm nghìn",
// "Hunderttausende", "hundreds of thousands".
import type { TextLang } from "../types";
import { userTextPattern } from "@/lib/text/patterns";
import { alternation } from "./alternation";
import { MAGNITUDES } from "./lexicon/magnitudes";

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
    // The magnitudes after a number, and "chục" (tens), which is one only here ("hàng chục").
    magnitudes: [...MAGNITUDES.vi, ["chục", 10]],
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

const alt = (xs: Array<[string, number]>) => alternation(xs.map(([w]) => w));
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
        `(?<![\\p{L}\\d])(?:(${alt(withCapitals(VAGUE[l].multipliers))})\\s?)?(${alt(withCapitals(VAGUE[l].magnitudes))})(?![\\p{L}])`,
        "gu",
      ),
    ),
  ]),
) as Record<TextLang, RegExp>;
// A bare singular (million) or a bare Vietnamese magnitude (triệu) is a number's suffix, not a quantity.
const NEEDS_MULTIPLIER = new Set(["trillion", "billion", "million", "thousand"]);

/**
 * `also`: a second reading ("hàng triệu triệu" = millions upon millions, or literally 10¹²).
 * `bare`: "ngàn năm", "trăm năm": a lone thousand or hundred, read as one (soft, like a number word).
 */
export type Vague = { span: [number, number]; value: number; also?: number; bare?: boolean };

// Only these stand alone for "one thousand / hundred"; a lone "triệu"/"tỷ" is a name or "tỷ lệ" (rate).
const VI_BARE = new Set(["nghìn", "ngàn", "trăm"]);
const REPEATED = /^\s(\p{L}+)(?![\p{L}])/u;

/** Quantities named only by their magnitude, in text order. */
export function extractVague(text: string, lang: TextLang): Vague[] {
  const out: Vague[] = [];
  for (const m of text.matchAll(VAGUE_RE[lang])) {
    const [mult, mag] = [m[1], m[2] ?? ""];
    const v = VAGUE[lang].magnitudes.find(([w]) => w.toLowerCase() === mag.toLowerCase())?.[1] ?? 1;
    if (!mult && lang === "vi") {
      // "phần trăm" is percent; a lone magnitude after a number word or digits is that number's suffix.
      const bare = VI_BARE.has(mag.toLowerCase()) && !/phần\s$/iu.test(text.slice(Math.max(0, m.index - 5), m.index));
      if (bare) out.push({ span: [m.index, m.index + m[0].length], value: v, bare: true });
      continue;
    }
    if (!mult && NEEDS_MULTIPLIER.has(mag.toLowerCase())) continue;
    const k = VAGUE[lang].multipliers.find(([w]) => w.toLowerCase() === mult?.toLowerCase())?.[1] ?? 1;
    // "Billions of dong were lost": a magnitude opening the sentence is written with a capital.
    const end = m.index + m[0].length;
    const again = lang === "vi" ? REPEATED.exec(text.slice(end, end + 12)) : null;
    if (again && again[1]?.toLowerCase() === mag.toLowerCase()) {
      // "hàng triệu triệu người": emphasis (millions upon millions), or literally a million millions.
      out.push({ span: [m.index, end + again[0].length], value: k * v, also: k * v * v });
      continue;
    }
    out.push({ span: [m.index, end], value: k * v });
  }
  return out;
}
