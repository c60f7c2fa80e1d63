// consistency.*: the German and English versions of one segment must agree with each other on
// numbers, dates and names. Differences already explained by the source comparison are reported
// there; here only what the source cannot arbitrate (both targets add a number, or spell a name
// differently while the source is ambiguous).
import { issue } from "../catalogue";
import { align } from "../extract/align";
import { formatNumber } from "../extract/numbers";
import { fold } from "../text";
import type { QualityIssue } from "../types";
import { alignDates } from "./dates";
import type { Check } from "./context";
import { nameFinder } from "./names";
import { sourceNames } from "./source-names";

export const checkConsistency: Check = ({ source, target, lang, src, tgt, other }) => {
  if (!other || !other.text.trim() || !target.trim()) return [];
  const out: QualityIssue[] = [];
  // Numbers neither target took from the source, and on which the two targets disagree.
  const mine = align(src, tgt).extra;
  const theirs = align(src, other.analysis).extra;
  if (mine.length && theirs.length) {
    const between = align(tgt, other.analysis);
    const [mineSet, theirsSet] = [new Set(mine), new Set(theirs)];
    between.mismatch.concat(between.magnitude).forEach(({ s, t }) => {
      if (mineSet.has(s) && theirsSet.has(t)) {
        out.push(
          issue("consistency.number", lang, { found: formatNumber(s), other: formatNumber(t) }, undefined, s.span),
        );
      }
    });
  }
  // Dates the source does not contain (so the date check was silent) but the targets disagree on.
  const myExtra = alignDates(src.dates, tgt.dates).extra;
  const theirExtra = alignDates(src.dates, other.analysis.dates).extra;
  for (const { s, t } of alignDates(myExtra, theirExtra).monthMismatch) {
    out.push(issue("consistency.date", lang, { found: s.raw.trim(), other: t.raw.trim() }, undefined, s.span));
  }
  // A name spelled slightly differently here than in the other translation, which has it exactly.
  const findHere = nameFinder(target, undefined, lang === "de");
  const findThere = nameFinder(other.text, undefined, other.lang === "de");
  for (const n of sourceNames(source)) {
    const here = findHere(n.name);
    const there = findThere(n.name);
    // Inflection and exonyms change the ending (Bolivia → Boliviens); a typo changes the middle.
    const typo =
      here?.kind === "fuzzy" &&
      Math.abs(here.found.length - n.name.length) <= 1 &&
      fold(here.found.slice(-2)).toLowerCase() === fold(n.name.slice(-2)).toLowerCase();
    if (here && typo && there && there.kind !== "fuzzy") {
      out.push(issue("consistency.name", lang, { found: here.found, other: there.found }, n.span, here.span));
    }
  }
  return out;
};
