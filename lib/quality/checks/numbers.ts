// number.*: quantities of the source must reappear in the target with the same value, magnitude
// and percent sign; spelled-out numbers and converted units count (see extract/align.ts).
import { issue } from "../catalogue";
import { align } from "../extract/align";
import { formatNumber as f } from "../extract/numbers";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

const WRONG_STYLE = { en: /\d,(?:\d{1,2}|\d{4,})(?!\d)/, de: /\d\.(?:\d{1,2}|\d{4,})(?!\d)/ } as const;
// Version numbers and standards keep their dot in every language: "USB 3.0", "802.11n", "Wi-Fi 6".
// The word before is an acronym (USB), a hyphenated name (Wi-Fi) or a camel-case brand (iPhone).
const NAMED = [/^\p{Lu}\p{Lu}[\p{L}\d]*$/u, /^\p{L}+-\p{Lu}\p{L}*$/u, /^\p{Ll}+\p{Lu}\p{L}*$/u];
const GLUED_AFTER = /^\p{L}/u;
function identifier(text: string, [a, b]: [number, number]): boolean {
  // Only with a dot: "USB-3,0" is still a German decimal comma where the name keeps a dot.
  if (!text.slice(a, b).includes(".")) return false;
  const before = text.slice(Math.max(0, a - 24), a);
  if (!/[\s-]$/u.test(before)) return GLUED_AFTER.test(text.charAt(b));
  const word = before.slice(0, -1).split(/\s/u).pop() ?? "";
  return NAMED.some((re) => re.test(word)) || GLUED_AFTER.test(text.charAt(b));
}

export const checkNumbers: Check = ({ src, tgt, lang, source, target }) => {
  const a = align(src, tgt);
  const out: QualityIssue[] = [];
  for (const { s, t } of a.magnitude)
    out.push(issue("number.magnitude-mismatch", lang, { expected: f(s), found: f(t) }, s.span, t.span));
  for (const { s, t } of a.separator)
    out.push(issue("number.separator", lang, { expected: f(s), found: f(t) }, s.span, t.span));
  for (const { s, t } of a.mismatch)
    out.push(issue("number.mismatch", lang, { expected: f(s), found: f(t) }, s.span, t.span));
  for (const s of a.missing) out.push(issue("number.missing", lang, { expected: f(s) }, s.span));
  for (const t of a.extra) out.push(issue("number.extra", lang, { found: f(t) }, undefined, t.span));
  // "10,5" in English or "2.8" in German: the value may be right but the reader sees another number.
  const separated = new Set(a.separator.map((p) => p.t));
  const sourceOf = new Map(a.matched.map((p) => [p.t, p.s]));
  for (const t of tgt.numbers) {
    const numeral = /\d[\d.,]*\d|\d/.exec(t.raw)?.[0] ?? "";
    // "10.000" in English / "10,000" in German reads as ten: almost always a copied foreign format.
    const copied =
      t.magnitude === 1 &&
      !/^0/.test(numeral) &&
      (lang === "en" ? /^\d{1,3}\.\d{3}$/ : /^\d{1,3},\d{3}$/).test(numeral);
    if (t.soft || !(WRONG_STYLE[lang].test(numeral) || copied) || separated.has(t)) continue;
    if (identifier(target, t.span)) continue;
    const s = sourceOf.get(t);
    out.push(issue("number.separator", lang, { expected: s ? f(s) : f(t), found: f(t) }, s?.span, t.span));
  }
  for (const { s, t } of a.matched) {
    // "USB 3.0" stays "USB 3.0" in German too: a name's version number is no decimal to localise.
    if (s.raw.includes(".") && identifier(source, s.span) && /\d,\d/.test(t.raw) && !separated.has(t))
      out.push(issue("number.separator", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    // 14 % rendered as a bare 14 changes the meaning; spelled-out words carry no sign, skip them.
    if (!s.soft && !t.soft && s.percent !== t.percent) {
      out.push(issue("number.percent-mismatch", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    }
  }
  return out;
};
