// whitespace.*: double spaces, leading/trailing whitespace, a space before punctuation (de/en).
import { issue } from "../catalogue";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export const checkWhitespace: Check = ({ target, lang }) => {
  const out: QualityIssue[] = [];
  for (const m of target.matchAll(/(?<=\S)[ \u00A0]{2,}(?=\S)/gu)) out.push(issue("whitespace.double-space", lang, {}, undefined, [m.index, m.index + m[0].length]));
  for (const m of target.matchAll(/^\s+|\s+$/gu)) if (m[0].length) out.push(issue("whitespace.leading-trailing", lang, {}, undefined, [m.index, m.index + m[0].length]));
  // "Wort ," or "word ." — never correct in German or English (unlike French « : »).
  for (const m of target.matchAll(/(?<=[\p{L}\d])[ \u00A0]+([,.;:!?])(?=\s|$)/gu)) {
    out.push(issue("whitespace.before-punctuation", lang, { found: m[1] ?? "" }, undefined, [m.index, m.index + m[0].length]));
  }
  return out;
};
