// tag.*: the inline-code tokens of a segment imported from a CAT file (⟦1⟧ ⟦/1⟧ ⟦2/⟧, lib/export/xliff-inline.ts)
// must all be in the translation, once each, and nothing else: the XLIFF export puts the tool's codes
// back where the tokens are, so a lost or invented token is a lost or broken code in the returned file.
import { issue } from "../catalogue";
import type { QualityIssue, Span } from "../types";
import type { Check } from "./context";

// The same notation as lib/export/xliff-inline.ts TOKEN (kept here so lib/quality stays independent of lib/export).
const TOKEN = /⟦\/?\d{1,3}\/?⟧/gu;

/** The text with every token blanked (same length, so spans hold): the other checks never read "1" from ⟦1⟧. */
export function maskTags(text: string): string {
  return text.includes("⟦") ? text.replace(TOKEN, (t) => " ".repeat(t.length)) : text;
}

function tokens(text: string): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const m of text.matchAll(TOKEN)) {
    const list = out.get(m[0]) ?? [];
    list.push([m.index, m.index + m[0].length]);
    out.set(m[0], list);
  }
  return out;
}

export const checkTags: Check = ({ source, target, lang }) => {
  if (!source.includes("⟦") && !target.includes("⟦")) return [];
  const src = tokens(source);
  const tgt = tokens(target);
  const out: QualityIssue[] = [];
  for (const [token, spans] of src) {
    const found = tgt.get(token)?.length ?? 0;
    for (const span of spans.slice(found)) out.push(issue("tag.missing", lang, { expected: token }, span));
  }
  for (const [token, spans] of tgt) {
    const expected = src.get(token)?.length ?? 0;
    for (const span of spans.slice(expected)) out.push(issue("tag.extra", lang, { found: token }, undefined, span));
  }
  return out;
};
