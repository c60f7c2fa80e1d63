// whitespace.*: double spaces, leading/trailing whitespace, a space before punctuation (de/en).
import { issue } from "../catalogue";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export const checkWhitespace: Check = ({ target, lang }) => {
  const out: QualityIssue[] = [];
  for (const m of target.matchAll(/(?<=\S)[ \u00A0]{2,}(?=\S)/gu))
    out.push(issue("whitespace.double-space", lang, {}, undefined, [m.index, m.index + m[0].length]));
  // Leading and trailing whitespace by trimming: /\s+$/ would rescan every inner whitespace run.
  const lead = target.length - target.trimStart().length;
  const end = target.trimEnd().length;
  if (lead > 0) out.push(issue("whitespace.leading-trailing", lang, {}, undefined, [0, lead]));
  if (end < target.length && lead < target.length)
    out.push(issue("whitespace.leading-trailing", lang, {}, undefined, [end, target.length]));
  // "Wort ," or "word ." — never correct in German or English (unlike French « : »).
  for (const m of target.matchAll(/(?<=[\p{L}\d])[ \u00A0]+([,.;:!?])(?=\s|$)/gu)) {
    out.push(
      issue("whitespace.before-punctuation", lang, { found: m[1] ?? "" }, undefined, [m.index, m.index + m[0].length]),
    );
  }
  return out;
};
