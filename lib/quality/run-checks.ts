// The engine: runs every family over each target language of a segment, then article-level
// checks (term consistency, diacritics consistency) over all segments of an article.
import { CHECK_CATALOGUE, issue } from "./catalogue";
import { checkConsistency } from "./checks/consistency";
import type { Check, CheckContext } from "./checks/context";
import { checkCurrency } from "./checks/currency";
import { checkDates } from "./checks/dates";
import { checkGlossary, findTerm, usesTerm } from "./checks/glossary";
import { checkLength } from "./checks/length";
import { checkNames, nameFinder, sourceNames } from "./checks/names";
import { checkNumbers } from "./checks/numbers";
import { checkPunctuation } from "./checks/punctuation";
import { checkResidue } from "./checks/residue";
import { checkStyle } from "./checks/style";
import { checkTimes } from "./checks/times";
import { checkUnits } from "./checks/units";
import { checkUntranslated } from "./checks/untranslated";
import { checkWhitespace } from "./checks/whitespace";
import { analyze } from "./extract/analyze";
import { fold, toNfc } from "./text";
import type { CheckOptions, Lang, QualityIssue, SegmentInput, Span } from "./types";

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
      src: analyze(src.text, "vi"),
      tgt: analyze(tgt.text, lang),
      other: other ? { lang: otherLang, text: other.text, analysis: analyze(other.text, otherLang) } : undefined,
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

/**
 * A glossary term rendered as the glossary says in one segment but otherwise in another: the
 * deviating segments get consistency.term instead of a plain glossary.missing.
 */
function termConsistency(segments: SegmentInput[], options: CheckOptions, result: QualityIssue[][]): void {
  for (const term of options.glossary ?? []) {
    for (const lang of LANGS) {
      const uses = segments.map((s) => {
        const t = s[lang];
        if (!t || !findTerm(s.source.normalize("NFC"), term.vi, term.caseSensitive)) return null;
        return usesTerm(t.normalize("NFC"), term, lang);
      });
      if (!uses.includes(true) || !uses.includes(false)) continue;
      uses.forEach((used, i) => {
        const list = result[i];
        if (used !== false || !list) return;
        for (const iss of list) {
          if (iss.code === "glossary.missing" && iss.lang === lang && iss.params.term === term.vi) {
            Object.assign(iss, issue("consistency.term", lang, iss.params, iss.source, iss.target));
          }
        }
      });
    }
  }
}

/** The same Vietnamese name written with diacritics in one segment and stripped in another. */
function diacriticsConsistency(segments: SegmentInput[], result: QualityIssue[][]): void {
  for (const lang of LANGS) {
    const forms = new Map<string, Array<{ seg: number; found: string; kept: boolean; source: Span; target: Span }>>();
    segments.forEach((s, seg) => {
      const raw = s[lang];
      if (!raw) return;
      const [source, target] = [toNfc(s.source), toNfc(raw)];
      const find = nameFinder(target.text);
      for (const n of sourceNames(source.text).filter((x) => x.vietnamese)) {
        const hit = find(n.name);
        if (!hit || hit.kind === "fuzzy") continue;
        const key = fold(n.name).toLowerCase();
        const list = forms.get(key) ?? [];
        const back = (t: typeof source, [a, b]: Span): Span => [t.back(a), t.back(b)];
        list.push({
          seg,
          found: hit.found,
          kept: hit.found !== fold(hit.found),
          source: back(source, n.span),
          target: back(target, hit.span),
        });
        forms.set(key, list);
      }
    });
    for (const list of forms.values()) {
      const kept = list.filter((f) => f.kept);
      const stripped = list.filter((f) => !f.kept);
      if (!kept.length || !stripped.length) continue;
      // Point at the minority form: that is the one to change.
      const [minority, majority] = kept.length < stripped.length ? [kept, stripped] : [stripped, kept];
      const other = majority[0]?.found ?? "";
      for (const f of minority) {
        result[f.seg]?.push(
          issue("consistency.diacritics", lang, { name: f.found, found: f.found, other }, f.source, f.target),
        );
      }
    }
  }
}
