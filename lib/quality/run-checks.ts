// The engine: runs every family over each target language of a segment, then article-level
// checks (term consistency, diacritics consistency) over all segments of an article.
import { termConsistency, diacriticsConsistency } from "./article-consistency";
import { CHECK_CATALOGUE } from "./catalogue";
import { checkConsistency } from "./checks/consistency";
import type { Check, CheckContext } from "./checks/context";
import { checkCurrency } from "./checks/currency";
import { checkDates } from "./checks/dates";
import { checkGlossary } from "./checks/glossary";
import { checkLength } from "./checks/length";
import { checkNames } from "./checks/names";
import { checkNumbers } from "./checks/numbers";
import { checkPunctuation } from "./checks/punctuation";
import { checkResidue } from "./checks/residue";
import { checkStyle } from "./checks/style";
import { checkTags, maskTags } from "./checks/tags";
import { checkTimes } from "./checks/times";
import { checkUnits } from "./checks/units";
import { checkUntranslated } from "./checks/untranslated";
import { checkWhitespace } from "./checks/whitespace";
import { analyze } from "./extract/analyze";
import { toNfc } from "./text";
import type { CheckOptions, Lang, QualityIssue, SegmentInput } from "./types";

export { CHECK_CATALOGUE };
export type * from "./types";

const LANGS: Lang[] = ["de", "en"];
/** Content checks are meaningless on an empty target: only untranslated.empty is reported then. */
const CONTENT: Check[] = [
  checkNumbers,
  checkTimes,
  checkDates,
  checkUnits,
  checkCurrency,
  checkNames,
  checkGlossary,
  checkConsistency,
  checkResidue,
  checkPunctuation,
  checkWhitespace,
  checkLength,
  checkStyle,
  checkTags,
];

export function checkSegment(input: SegmentInput, options: CheckOptions = {}): QualityIssue[] {
  const src = toNfc(input.source ?? "");
  const targets = Object.fromEntries(
    LANGS.flatMap((l) => {
      const t = input[l];
      return typeof t === "string" ? [[l, toNfc(t)]] : [];
    }),
  ) as Partial<Record<Lang, ReturnType<typeof toNfc>>>;
  const out: QualityIssue[] = [];
  for (const lang of LANGS) {
    const tgt = targets[lang];
    if (!tgt) continue;
    const otherLang: Lang = lang === "de" ? "en" : "de";
    const other = targets[otherLang];
    const ctx: CheckContext = {
      source: src.text,
      target: tgt.text,
      lang,
      kind: input.kind,
      options,
      src: analyze(maskTags(src.text), "vi"),
      tgt: analyze(maskTags(tgt.text), lang),
      other: other
        ? { lang: otherLang, text: other.text, analysis: analyze(maskTags(other.text), otherLang) }
        : undefined,
    };
    const found = checkUntranslated(ctx);
    const empty = found.some((i) => i.code === "untranslated.empty");
    if (!empty) for (const check of CONTENT) found.push(...check(ctx));
    // Spans were computed on NFC text; map them back to the caller's offsets.
    for (const i of found) {
      if (i.source) i.source = [src.back(i.source[0]), src.back(i.source[1])];
      if (i.target) i.target = [tgt.back(i.target[0]), tgt.back(i.target[1])];
    }
    out.push(...found);
  }
  return out;
}

export function checkArticle(segments: SegmentInput[], options: CheckOptions = {}): QualityIssue[][] {
  const result = segments.map((s) => checkSegment(s, options));
  termConsistency(segments, options, result);
  diacriticsConsistency(segments, result);
  return result;
}
