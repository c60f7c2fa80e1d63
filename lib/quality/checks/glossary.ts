// glossary.*: a glossary term in the source must be rendered with the glossary's translation.
// German inflects and compounds (Provinzparteikomitees), so the target term may open a longer word.
import { issue } from "../catalogue";
import { escapeRegExp } from "../text";
import type { GlossaryTerm, Lang, QualityIssue, Span } from "../types";
import type { Check } from "./context";

const cache = new Map<string, RegExp>();
export function termPattern(term: string, caseSensitive: boolean | undefined, wholeEnd: boolean): RegExp {
  const key = `${term}\u0000${caseSensitive ? 1 : 0}${wholeEnd ? 1 : 0}`;
  let r = cache.get(key);
  if (!r) {
    r = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(term.normalize("NFC"))}${wholeEnd ? "(?![\\p{L}\\p{N}])" : ""}`,
      caseSensitive ? "u" : "iu",
    );
    cache.set(key, r);
  }
  return r;
}

export function findTerm(text: string, term: string, caseSensitive?: boolean, wholeEnd = true): Span | null {
  if (!term.trim()) return null;
  const m = termPattern(term, caseSensitive, wholeEnd).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

// German (and English plural) endings: every word of a term may end differently in running text —
// "Vereinte Nationen" → "den Vereinten Nationen", "Weißes Haus" → "des Weißen Hauses".
const ENDING = /(?:es|en|er|em|e|s|n)$/u;
const inflected = new Map<string, RegExp>();
export function inflectionPattern(term: string, caseSensitive: boolean | undefined): RegExp {
  const key = `${term}\u0000${caseSensitive ? 1 : 0}`;
  let r = inflected.get(key);
  if (!r) {
    const words = term
      .normalize("NFC")
      .trim()
      .split(/\s+/u)
      .map((w) => {
        const stem = w.replace(ENDING, "");
        return `${escapeRegExp(stem.length >= 3 ? stem : w)}\\p{L}{0,4}`;
      });
    r = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}`, caseSensitive ? "u" : "iu");
    inflected.set(key, r);
  }
  return r;
}

/** Whether the target renders the term as the glossary says, allowing inflection and compounds. */
export function usesTerm(target: string, term: GlossaryTerm, lang: Lang): boolean {
  return term[lang].trim() !== "" && inflectionPattern(term[lang], term.caseSensitive).test(target.normalize("NFC"));
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
