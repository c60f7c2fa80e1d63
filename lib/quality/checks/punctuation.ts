// punctuation.*: quotes and brackets balanced per language (“…” vi/en, „…“ de), the house quote
// style of each language, and end punctuation carried over.
import { issue } from "../catalogue";
import type { QualityIssue, TextLang } from "../types";
import type { Check } from "./context";

const PAIRS: Record<TextLang, Array<[string, string]>> = {
  vi: [
    ["“", "”"],
    ["(", ")"],
    ["[", "]"],
  ],
  en: [
    ["“", "”"],
    ["(", ")"],
    ["[", "]"],
  ],
  de: [
    ["„", "“"],
    ["»", "«"],
    ["(", ")"],
    ["[", "]"],
  ],
};

/** Offset of the first unbalanced mark, or -1. Straight quotes must come in even numbers. */
function unbalanced(text: string, lang: TextLang, brackets: boolean): number {
  for (const [open, close] of PAIRS[lang]) {
    if ((open === "(" || open === "[") !== brackets) continue;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close && --depth < 0) return i;
    }
    if (depth > 0) return text.lastIndexOf(open);
  }
  if (!brackets && (text.match(/"/g)?.length ?? 0) % 2 === 1) return text.lastIndexOf('"');
  return -1;
}

// Closing quotes, brackets and whitespace at the end are skipped by hand (a /[…]+$/ pattern would
// rescan every inner run of them).
const CLOSERS = new Set(`"'“”„‘’»«)]`);
export const endClass = (s: string) => {
  let end = s.length;
  while (end > 0 && (CLOSERS.has(s.charAt(end - 1)) || /\s/u.test(s.charAt(end - 1)))) end--;
  const c = s.slice(0, end).slice(-1);
  return c === "?" ? "?" : /[.!…:;]/.test(c) ? "." : "";
};

export const checkPunctuation: Check = ({ source, target, lang }) => {
  const out: QualityIssue[] = [];
  for (const brackets of [false, true]) {
    // A quotation spanning two segments leaves both sides open: only an imbalance the balanced
    // source does not explain counts.
    const at = unbalanced(target, lang, brackets);
    const sourceHas = brackets ? /[()[\]]/.test(source) : /[“”"]/.test(source);
    if (at >= 0 && sourceHas && unbalanced(source, "vi", brackets) < 0 && !/[‘]/.test(source)) {
      out.push(
        issue(
          brackets ? "punctuation.brackets-unbalanced" : "punctuation.quotes-unbalanced",
          lang,
          { found: target.charAt(at) },
          undefined,
          [at, at + 1],
        ),
      );
    }
  }
  const wrong = lang === "de" ? /”/u.exec(target) : /[„»«]/u.exec(target);
  if (wrong)
    out.push(
      issue("punctuation.quote-style", lang, { found: wrong[0], expected: lang === "de" ? "„…“" : "“…”" }, undefined, [
        wrong.index,
        wrong.index + 1,
      ]),
    );
  const [s, t] = [endClass(source), endClass(target)];
  // A period added to a headline is harmless; a lost period or question mark is not.
  if ((s !== "" && t === "") || (s === "?" && t !== "?")) {
    const end = target.trimEnd().length;
    out.push(
      issue(
        "punctuation.end-mismatch",
        lang,
        { expected: s || "∅", found: t || "∅" },
        [Math.max(0, source.trimEnd().length - 1), source.trimEnd().length],
        [Math.max(0, end - 1), end],
      ),
    );
  }
  return out;
};
