// residue.*: scraping leftovers that MT happily translates: ad placeholders, comment counters,
// "Quelle:" lines inside body text, HTML tags or entities.
import { issue, type IssueCode } from "../catalogue";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

const PATTERNS: Array<[IssueCode, RegExp]> = [
  ["residue.ad-marker", /\[\s*(?:Anzeige|Werbung|ads?|advert(?:isement)?|quảng cáo|QC)(?:[_\s-]*\d+)?\s*\]/giu],
  ["residue.comment-counter", /(?<![\p{L}])(?:Kommentare?|Comments?|Bình luận)\s*\(\s*\d+\s*\)/giu],
  // At the start of a line or after a sentence end. The old lookbehind (?<=[\n.!?]\s*) came first
  // and re-read the whitespace before every position; placed after the word it runs once per "Quelle".
  ["residue.source-line", /(?:Quelle|Source|Nguồn)(?<=(?:^|[\n.!?]\s*)(?:Quelle|Source|Nguồn))\s*:\s*\S.*$/gimu],
  ["residue.html", /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:nbsp|amp|quot|lt|gt|#\d+);/giu],
];

export const checkResidue: Check = ({ source, target, lang, kind }) => {
  // Boilerplate and source lines are kept on purpose by the importer and not translated.
  if (kind === "boilerplate" || kind === "source" || kind === "byline") return [];
  const out: QualityIssue[] = [];
  for (const [code, re] of PATTERNS) {
    // The first match in the source, looked for once and only when the target has one.
    let inSource: RegExpExecArray | undefined | null = null;
    for (const m of target.matchAll(re)) {
      if (inSource === null) inSource = source.matchAll(re).next().value;
      out.push(
        issue(
          code,
          lang,
          { found: m[0].trim() },
          inSource ? [inSource.index, inSource.index + inSource[0].length] : undefined,
          [m.index, m.index + m[0].length],
        ),
      );
    }
  }
  return out;
};
