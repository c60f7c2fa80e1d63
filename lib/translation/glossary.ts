// Pure glossary helpers (browser-safe: the editor highlights terms with them): term normalisation, a
// content key (to know when the DeepL glossary must be re-synced) and highlighting in the source.

export type GlossaryTerm = { id?: string; vi: string; de: string; en: string; note?: string; caseSensitive: boolean };
export type HighlightPart = { text: string; term?: GlossaryTerm };

export function cleanTerm(s: string | null | undefined): string {
  // Control characters and line separators are refused by DeepL's glossary format (TSV).
  return (s ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Changes whenever a term that reaches DeepL changes (notes and case rules do not reach DeepL). */
export function glossaryKey(terms: readonly GlossaryTerm[]): string {
  return terms
    .map((t) => [cleanTerm(t.vi), cleanTerm(t.de), cleanTerm(t.en)].join("\t"))
    .sort()
    .join("\n");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A cleaned term as whole words, any whitespace between its words. */
export function highlightPattern(vi: string, caseSensitive: boolean): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escape(vi).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`,
    caseSensitive ? "gu" : "giu",
  );
}

/**
 * Splits `source` into plain and term parts. Terms match as whole words (a Vietnamese syllable must
 * not match inside a longer word), case-insensitively unless the term says otherwise; where terms
 * overlap the longer one wins, so "Tỉnh ủy" beats "Tỉnh". Joining every part's text gives `source`.
 */
export function highlightTerms(source: string, glossary: readonly GlossaryTerm[]): HighlightPart[] {
  const text = source.normalize("NFC");
  const hits: { start: number; end: number; term: GlossaryTerm }[] = [];
  for (const term of glossary) {
    const vi = cleanTerm(term.vi);
    if (!vi) continue;
    for (const m of text.matchAll(highlightPattern(vi, term.caseSensitive)))
      hits.push({ start: m.index, end: m.index + m[0].length, term });
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue; // overlaps a longer or earlier term
    if (h.start > at) parts.push({ text: text.slice(at, h.start) });
    parts.push({ text: text.slice(h.start, h.end), term: h.term });
    at = h.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
