// untranslated.*: empty target, source copied verbatim, or a run of Vietnamese left in the target.
import { issue } from "../catalogue";
import { hasVietnameseLetters, isVietnameseSyllable, wordTokens, words } from "../text";
import type { Span } from "../types";
import type { Check } from "./context";

const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** Vietnamese letters, or at least three lowercase words that are Vietnamese syllables (read lazily). */
function vietnameseSource(source: string): boolean {
  if (hasVietnameseLetters(source)) return true;
  let syllables = 0;
  for (const w of wordTokens(source)) {
    if (/^\p{Ll}+$/u.test(w.text) && isVietnameseSyllable(w.text) && ++syllables >= 3) return true;
  }
  return false;
}

export const checkUntranslated: Check = ({ source, target, lang }) => {
  if (!target.trim()) return [issue("untranslated.empty", lang, {}, [0, source.length])];
  // A source without Vietnamese ("Elite League: Dundee Stars 5-3 Belfast Giants") may stay identical.
  if (norm(source) === norm(target) && vietnameseSource(source)) {
    return [issue("untranslated.copy", lang, {}, [0, source.length], [0, target.length])];
  }
  // Three or more Vietnamese words in a row, not a capitalised name (names are copied on purpose).
  let run: Span | null = null;
  let count = 0;
  let lower = false;
  for (const t of [...words(target), null]) {
    if (t && hasVietnameseLetters(t.text)) {
      run = run ? [run[0], t.span[1]] : [...t.span];
      count++;
      lower ||= t.text[0] === t.text[0]?.toLowerCase();
      continue;
    }
    if (run && count >= 3 && lower)
      return [issue("untranslated.partial", lang, { found: target.slice(run[0], run[1]) }, undefined, run)];
    run = null;
    count = 0;
    lower = false;
  }
  return [];
};
