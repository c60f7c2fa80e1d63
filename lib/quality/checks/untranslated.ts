// untranslated.*: empty target, source copied verbatim, or a run of Vietnamese left in the target.
import { issue } from "../catalogue";
import { hasVietnameseLetters, isVietnameseSyllable, words } from "../text";
import type { Span } from "../types";
import type { Check } from "./context";

const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

export const checkUntranslated: Check = ({ source, target, lang }) => {
  if (!target.trim()) return [issue("untranslated.empty", lang, {}, [0, source.length])];
  // A source without Vietnamese ("Elite League: Dundee Stars 5-3 Belfast Giants") may stay identical.
  const vietnamese = hasVietnameseLetters(source) ||
    words(source).filter((w) => /^\p{Ll}+$/u.test(w.text) && isVietnameseSyllable(w.text)).length >= 3;
  if (norm(source) === norm(target) && vietnamese) {
    return [issue("untranslated.copy", lang, {}, [0, source.length], [0, target.length])];
  }
  // Three or more Vietnamese words in a row, not a capitalised name (names are copied on purpose).
  const toks = words(target);
  let run: Span | null = null;
  let count = 0;
  let lower = false;
  for (const t of [...toks, null]) {
    if (t && hasVietnameseLetters(t.text)) {
      run = run ? [run[0], t.span[1]] : [...t.span];
      count++;
      lower ||= t.text[0] === t.text[0]?.toLowerCase();
      continue;
    }
    if (run && count >= 3 && lower) return [issue("untranslated.partial", lang, { found: target.slice(run[0], run[1]) }, undefined, run)];
    run = null;
    count = 0;
    lower = false;
  }
  return [];
};
