// Every code the engine can emit, its severity (error blocks approval) and the message params it
// carries. Messages live in lib/i18n/messages/<locale>/quality.json, nested by the dots of the code.
import type { Lang, QualityIssue, Severity, Span } from "./types";

const E = "error" as const;
const W = "warning" as const;
export const CATALOGUE = {
  "number.missing": [E, ["expected"]],
  "number.extra": [W, ["found"]],
  "number.mismatch": [E, ["expected", "found"]],
  "number.magnitude-mismatch": [E, ["expected", "found"]],
  "number.separator": [E, ["expected", "found"]],
  "number.percent-mismatch": [E, ["expected", "found"]],
  "date.missing": [E, ["expected"]],
  "date.extra": [W, ["found"]],
  "date.month-mismatch": [E, ["expected", "found"]],
  "date.day-mismatch": [E, ["expected", "found"]],
  "date.day-missing": [E, ["expected", "found"]],
  "date.weekday-mismatch": [E, ["expected", "found"]],
  "time.missing": [E, ["expected"]],
  "time.mismatch": [E, ["expected", "found"]],
  "time.extra": [W, ["found"]],
  "unit.conversion": [E, ["expected", "found"]],
  "currency.mismatch": [E, ["expected", "found"]],
  "currency.missing": [W, ["expected", "found"]],
  "name.missing": [W, ["name"]],
  "name.diacritics-stripped": [W, ["name", "found"]],
  "name.diacritics-kept": [W, ["name", "found"]],
  "name.tone-mismatch": [E, ["name", "found"]],
  "glossary.missing": [W, ["term", "expected"]],
  "consistency.number": [W, ["found", "other"]],
  "consistency.date": [W, ["found", "other"]],
  "consistency.name": [W, ["found", "other"]],
  "consistency.term": [W, ["term", "expected"]],
  "consistency.diacritics": [W, ["name", "found", "other"]],
  "residue.ad-marker": [E, ["found"]],
  "residue.comment-counter": [E, ["found"]],
  "residue.source-line": [E, ["found"]],
  "residue.html": [E, ["found"]],
  "punctuation.quotes-unbalanced": [W, ["found"]],
  "punctuation.quote-style": [W, ["found", "expected"]],
  "punctuation.brackets-unbalanced": [W, ["found"]],
  "punctuation.end-mismatch": [W, ["expected", "found"]],
  "whitespace.double-space": [W, []],
  "whitespace.leading-trailing": [W, []],
  "whitespace.before-punctuation": [W, ["found"]],
  "length.too-short": [W, ["ratio"]],
  "length.too-long": [W, ["ratio"]],
  "untranslated.empty": [E, []],
  "untranslated.copy": [E, []],
  "untranslated.partial": [E, ["found"]],
  "style.relative-date": [W, ["found"]],
  "style.repeated-word": [W, ["found"]],
  "tag.missing": [E, ["expected"]],
  "tag.extra": [E, ["found"]],
} as const satisfies Record<string, readonly [Severity, readonly string[]]>;

export type IssueCode = keyof typeof CATALOGUE;

export const CHECK_CATALOGUE: Array<{ code: string; severity: Severity }> = Object.entries(CATALOGUE).map(
  ([code, [severity]]) => ({ code, severity }),
);

/** Builds an issue with the catalogue's severity, so a code can never carry two severities. */
export function issue(
  code: IssueCode,
  lang: Lang,
  params: Record<string, string | number>,
  source?: Span,
  target?: Span,
): QualityIssue {
  const out: QualityIssue = { code, severity: CATALOGUE[code][0], lang, params };
  if (source) out.source = source;
  if (target) out.target = target;
  return out;
}
