// Article-level checks over all segments of an article: a glossary term or a Vietnamese name written
// one way in some segments and another way in others.
import { issue } from "./catalogue";
import { findTerm, usesTerm } from "./checks/glossary";
import { nameFinder } from "./checks/names";
import { sourceNames } from "./checks/source-names";
import { fold, toNfc } from "./text";
import type { CheckOptions, Lang, QualityIssue, SegmentInput, Span } from "./types";

const LANGS: Lang[] = ["de", "en"];

/**
 * A glossary term rendered as the glossary says in one segment but otherwise in another: the
 * deviating segments get consistency.term instead of a plain glossary.missing.
 */
export function termConsistency(segments: SegmentInput[], options: CheckOptions, result: QualityIssue[][]): void {
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
export function diacriticsConsistency(segments: SegmentInput[], result: QualityIssue[][]): void {
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
