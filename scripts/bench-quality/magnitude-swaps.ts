// Magnitude words a careless translation drops or swaps one step up or down (Milliarden ↔ Millionen).
import type { Lang } from "@/lib/quality/run-checks";
import { all, pick, splice, type Broken } from "./text-edits";

export const MAGNITUDE: Record<Lang, RegExp> = {
  de: /(?<=\d)\s?(?:Billionen|Billion|Milliarden|Milliarde|Millionen|Million|Mio\.|Mrd\.|Tausend)(?!\p{L})/gu,
  // "m" only after a money amount ($5m): "100 m" is metres.
  en: /(?<=\d)\s?(?:trillion|billion|million|thousand|bn)(?!\p{L})|(?<=[$£€]\d[\d.,]*)m(?!\p{L})/gu,
};
// Magnitude words and the one a careless translation puts instead (one step up or down).
const SWAP: Record<Lang, Record<string, string>> = {
  de: {
    Billionen: "Milliarden",
    Milliarden: "Millionen",
    Millionen: "Milliarden",
    Milliarde: "Million",
    Million: "Milliarde",
    Tausende: "Millionen",
    Hunderttausende: "Zehntausende",
    Zehntausende: "Hunderttausende",
    Mrd: "Mio",
    Mio: "Mrd",
  },
  en: {
    trillion: "billion",
    billion: "million",
    million: "billion",
    thousand: "million",
    trillions: "billions",
    billions: "millions",
    millions: "billions",
    thousands: "millions",
    bn: "m",
  },
};
const swapRe = (lang: Lang, digits: boolean) =>
  new RegExp(
    `${digits ? "(?<=\\d\\s?)" : "(?<!\\d\\s?)"}(?<![\\p{L}])(${Object.keys(SWAP[lang]).join("|")})(?![\\p{L}])`,
    "gu",
  );

export function swapMagnitude(digits: boolean) {
  return (t: string, lang: Lang, s: string, rnd: () => number): Broken | null => {
    const m = pick(all(swapRe(lang, digits), t), rnd);
    const by = m ? SWAP[lang][m[1] ?? ""] : undefined;
    return m && by ? { source: s, target: splice(t, m.index, m.index + m[0].length, by) } : null;
  };
}
