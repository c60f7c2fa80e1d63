// Decades written as a round number: "những năm 1990" ↔ "Neunzigerjahre" ↔ "the nineties",
// "những năm 80" ↔ "1980s". A decade of two digits or a decade word may stand for the 1900s or
// the 2000s figure, so it also takes those readings.
import type { TextLang } from "../types";
import type { NumberMention } from "./number-mention";

const VI_BEFORE = /(?:những năm|thập niên|thập kỷ|thập kỉ)\s$/iu;
// After the figure or inside the word: "80er", "80er-Jahre", "Neunzigerjahren", "achtziger", "80s", "nineties".
const AFTER: Record<Exclude<TextLang, "vi">, RegExp> = {
  de: /^(?:er|ern)(?![\p{Ll}])|^er-?[Jj]ahre/u,
  en: /^'?s(?![\p{L}])/u,
};
const WORD_END: Record<Exclude<TextLang, "vi">, RegExp> = { de: /(?:ziger|zigern|zigerjahren?)$/iu, en: /ties$/iu };

function isDecade(m: NumberMention, text: string, lang: TextLang): boolean {
  if (lang === "vi") return VI_BEFORE.test(text.slice(Math.max(0, m.span[0] - 14), m.span[0]));
  if (m.soft && WORD_END[lang].test(m.raw)) return true;
  return !m.soft && AFTER[lang].test(text.slice(m.span[1], m.span[1] + 12));
}

export function addDecades(text: string, m: NumberMention, lang: TextLang): void {
  const v = m.value;
  if (m.magnitude !== 1 || m.unit || m.currency || m.percent || v < 10 || v > 90 || v % 10 !== 0) return;
  if (!isDecade(m, text, lang)) return;
  m.values = [...m.values, 1900 + v, 2000 + v];
}
