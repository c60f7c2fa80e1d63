// The value of a numeral as written: "40.000", "10,5", "1,234.5", "1 000" (no-break space).
import type { TextLang } from "../types";

const SEPARATORS = ".,\u00A0\u202F";

/** Readings of a numeral: strict for the language, lenient for Vietnamese sources that mix styles. */
export function parseNumeral(s: string, lang: TextLang): number[] {
  // Separators counted in one pass: a numeral may be thousands of characters long ("1.1.1.…").
  let first = -1;
  let last = -1;
  let count = 0;
  let mixed = false;
  for (let i = 0; i < s.length; i++) {
    if (!SEPARATORS.includes(s.charAt(i))) continue;
    if (first < 0) first = i;
    else if (s.charAt(i) !== s.charAt(first)) mixed = true;
    last = i;
    count++;
  }
  const digits = Number(s.replace(/\D/g, ""));
  if (first < 0) return [Number(s)];
  if (mixed) {
    // 1,234.5 or 1.234,5: the last separator is the decimal one.
    return [Number(`${s.slice(0, last).replace(/\D/g, "")}.${s.slice(last + 1)}`)];
  }
  const sep = s.charAt(first);
  if (sep === "\u00A0" || sep === "\u202F") return [digits];
  if (count > 1) return [digits];
  const [head, tail] = [s.slice(0, first), s.slice(first + 1)];
  const grouped = head.length <= 3 && head !== "0" && tail.length === 3;
  const decimal = Number(`${head}.${tail}`);
  if (!grouped) return [decimal];
  const thousandsSep = lang === "en" ? "," : ".";
  if (sep === thousandsSep) return [digits];
  // Decimal separator followed by three digits: strictly a decimal, but Vietnamese copy often
  // uses English grouping ("10,000 người"), so the source keeps both readings.
  return lang === "vi" ? [digits, decimal] : [decimal];
}
