// glossary.*: a glossary term in the source must be rendered with the glossary's translation.
// German inflects and compounds (Provinzparteikomitees), so the target term may open a longer word.
import { issue } from "../catalogue";
import { escapeRegExp } from "../text";
import type { GlossaryTerm, Lang, QualityIssue, Span } from "../types";
import type { Check } from "./context";

const cache = new Map<string, RegExp>();
function re(term: string, caseSensitive: boolean | undefined, wholeEnd: boolean): RegExp {
  const key = `${term}\u0000${caseSensitive ? 1 : 0}${wholeEnd ? 1 : 0}`;
  let r = cache.get(key);
  if (!r) {
    r = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.normalize("NFC"))}${wholeEnd ? "(?![\\p{L}\\p{N}])" : ""}`, caseSensitive ? "u" : "iu");
    cache.set(key, r);
  }
  return r;
}

export function findTerm(text: string, term: string, caseSensitive?: boolean, wholeEnd = true): Span | null {
  if (!term.trim()) return null;
  const m = re(term, caseSensitive, wholeEnd).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Whether the target renders the term as the glossary says (prefix match allows inflection). */
export function usesTerm(target: string, term: GlossaryTerm, lang: Lang): boolean {
  return findTerm(target, term[lang], term.caseSensitive, false) !== null;
}

export const checkGlossary: Check = ({ source, target, lang, options }) => {
  const out: QualityIssue[] = [];
  for (const term of options.glossary ?? []) {
    const at = findTerm(source, term.vi, term.caseSensitive);
    if (!at || !term[lang].trim() || usesTerm(target, term, lang)) continue;
    out.push(issue("glossary.missing", lang, { term: term.vi, expected: term[lang] }, at));
  }
  return out;
};
