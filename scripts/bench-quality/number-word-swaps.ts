// A spelled-out number changed in front of a magnitude ("fünf Millionen" → "sechs Millionen",
// "fünfundzwanzigtausend" → "sechsundzwanzigtausend", "two hundred thousand" → "three hundred
// thousand"): a quantity written without digits that a careless translation gets wrong.
import type { Lang } from "@/lib/quality/run-checks";
import { all, pick, splice, type Broken } from "./text-edits";

const WORDS: Record<Lang, string[]> = {
  de: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  en: ["two", "three", "four", "five", "six", "seven", "eight", "nine"],
};
// The word and what makes it a firm quantity: a magnitude word after it, or one inside the German compound.
const AT: Record<Lang, RegExp> = {
  de: /(?<![\p{L}])(zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?=(?:und\p{L}+)?(?:hundert|tausend)|\s(?:Millionen|Milliarden|Billionen)(?![\p{L}]))/giu,
  en: /(?<![\p{L}-])(two|three|four|five|six|seven|eight|nine)(?=\s(?:hundred|thousand|million|billion|trillion)(?![\p{L}]))/giu,
};

export function swapNumberWord(t: string, lang: Lang, s: string, rnd: () => number): Broken | null {
  const m = pick(all(AT[lang], t), rnd);
  if (!m) return null;
  const list = WORDS[lang];
  const i = list.indexOf(m[0].toLowerCase());
  let other = list[(i + 1 + Math.floor(rnd() * (list.length - 1))) % list.length] ?? m[0];
  if (m[0].charAt(0) !== m[0].charAt(0).toLowerCase()) other = other.charAt(0).toUpperCase() + other.slice(1);
  return { source: s, target: splice(t, m.index, m.index + m[0].length, other) };
}
