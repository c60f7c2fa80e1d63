// Roman numerals that count something: "quý III" ↔ "dritten Quartal" ↔ "third quarter", "khóa XV" ↔
// "15. Legislaturperiode", "Đại hội XIII" ↔ "13th Congress", "Elizabeth II". A Vietnamese numeral
// of one letter follows a lower-case word (quý I, khóa X) or a cue; after a capitalised word a single
// capital is an initial ("Nguyễn V. An").
import type { TextLang } from "../types";
import { userTextPattern } from "@/lib/text/patterns";

const ROMAN = /(?<![\p{L}\d])(X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)(?![\p{L}\d]|\.\p{L})/gu;
const LETTER = /\p{L}/u;
/** The word right before a position, when one space separates them. */
function wordBefore(text: string, at: number): string | undefined {
  if (!/\s/u.test(text.charAt(at - 1))) return undefined;
  let i = at - 1;
  while (i > 0 && at - i < 24 && LETTER.test(text.charAt(i - 1))) i--;
  return i < at - 1 ? text.slice(i, at - 1) : undefined;
}
const VI_CUES = new Set(["Quý", "Khóa", "Khoá", "Kỳ", "Phần", "Chương", "Giai"]);
const VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

function value(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = VALUE[r.charAt(i)] ?? 0;
    const next = VALUE[r.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export type RomanMention = { span: [number, number]; value: number };

// Regnal and other Sino-Vietnamese ordinals: "Elizabeth Đệ Nhị" ↔ "Elizabeth II", "đệ tam" = third.
const SINO = ["nhất", "nhị", "tam", "tứ", "ngũ", "lục", "thất", "bát", "cửu", "thập"];
const VI_SINO = userTextPattern(new RegExp(`(?<![\\p{L}\\d])đệ\\s(${SINO.join("|")})(?![\\p{L}\\d])`, "giu"));
// The world wars' abbreviations glue the numeral to the letters: "WWII", "WW I".
const WORLD_WAR = /(?<![\p{L}\d])WW\s?(I{1,2})(?![\p{L}\d])/gu;

function sinoOrdinals(text: string): RomanMention[] {
  return [...text.matchAll(VI_SINO)].map((m) => ({
    span: [m.index, m.index + m[0].length] as [number, number],
    value: SINO.indexOf((m[1] ?? "").toLowerCase()) + 1,
  }));
}

export function extractRoman(text: string, lang: TextLang): RomanMention[] {
  const out: RomanMention[] = [];
  for (const m of text.matchAll(ROMAN)) {
    const r = m[1] ?? "";
    const word = wordBefore(text, m.index);
    if (!word) continue;
    const lower = word.charAt(0) !== word.charAt(0).toUpperCase();
    // Two letters or more are a numeral after any word (Louis XVI); one letter only after a cue.
    const cue = lower || (lang === "vi" && VI_CUES.has(word));
    if (r.length < 2 && (!cue || (lang === "en" && r === "I"))) continue;
    out.push({ span: [m.index, m.index + r.length], value: value(r) });
  }
  if (lang === "vi") out.push(...sinoOrdinals(text));
  else
    for (const m of text.matchAll(WORLD_WAR))
      out.push({ span: [m.index, m.index + m[0].length], value: m[1]?.length ?? 0 });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
