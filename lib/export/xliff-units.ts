// XLIFF import, reading the units of a parsed tree: 1.2 <trans-unit>s and 2.x <unit>s (with their
// <segment>s and <ignorable>s) → flat { id, source, target, final?, notes? }. Elements of other vocabularies
// are collected for the report (parseXliff in xliff-import.ts).
import { AppError } from "@/lib/errors";
import { MAX_NOTE_TEXT } from "@/lib/text/limits";
import { childElements, type InlinePolicy, inlineText, type XElement } from "./xliff-tree";
import { elementXml, InlineCoder, MAX_INLINE_CODES } from "./xliff-inline";
import type { ParsedXliffUnit } from "./types";

// Annotations are flattened to their text; codes (<g>, <pc>, <x>, <ph>, …) become tokens (xliff-inline.ts).
const POLICY_12: InlinePolicy = { flatten: new Set(["mrk"]), drop: new Set() };
const POLICY_2: InlinePolicy = { flatten: new Set(["mrk"]), drop: new Set(["sm", "em"]) };

export type Collected = {
  srcLangs: Set<string>;
  trgLangs: Set<string>;
  units: ParsedXliffUnit[];
  foreign: Set<string>;
};

// XLIFF 2 modules (urn:oasis:names:tc:xliff:…), ITS and our own attributes' namespace are expected.
const KNOWN_NAMESPACE = /^(?:urn:oasis:names:tc:xliff:|http:\/\/www\.w3\.org\/2005\/11\/its|urn:x-duyet:)/u;
const MAX_FOREIGN = 20;

/** Remembers the structural children of `el` that belong to another vocabulary (Trados, Okapi, …). */
function noteForeign(el: XElement, ns: string, out: Collected): void {
  for (const child of el.children) {
    if (child.type !== "element" || child.ns === ns || KNOWN_NAMESPACE.test(child.ns)) continue;
    if (out.foreign.size < MAX_FOREIGN) out.foreign.add(`${child.local} (${child.ns || "no namespace"})`);
  }
}

/** All text inside an element; a note is plain text, but a tool's markup in it must not refuse the file. */
function plainText(el: XElement): string {
  return el.children.map((c) => (c.type === "text" ? c.text : plainText(c))).join("");
}

/** A note's text, NFC and trimmed, capped like a comment in the editor; empty notes are dropped. */
function noteText(el: XElement): string {
  return plainText(el).normalize("NFC").trim().slice(0, MAX_NOTE_TEXT);
}

function withNotes(unit: ParsedXliffUnit, notes: string[]): ParsedXliffUnit {
  const kept = [...new Set(notes.filter((n) => n !== ""))];
  return kept.length ? { ...unit, notes: kept } : unit;
}

function requireId(el: XElement): string {
  const id = el.attrs.id?.trim();
  if (!id) throw new AppError("XLIFF_MISSING_ID", { element: el.local });
  return id;
}

/**
 * XLIFF 2: a unit's text is the concatenation of its <segment>s and <ignorable>s in order (a CAT tool may
 * split one of our sentences into several segments). The target is known only if every segment has one;
 * an <ignorable> without a target keeps its source (it is whitespace or punctuation by definition).
 */
function unit2(unit: XElement, ns: string): ParsedXliffUnit {
  const id = requireId(unit);
  const coder = new InlineCoder("2.x", id);
  const parts = unit.children.filter(
    (p): p is XElement => p.type === "element" && p.ns === ns && (p.local === "segment" || p.local === "ignorable"),
  );
  // Sources first, so that codes are numbered in the order of the source text.
  const sources = parts.map((part) => {
    const src = childElements(part, ns, "source")[0];
    if (!src) throw new AppError("XLIFF_MISSING_SOURCE", { id });
    return inlineText(src, ns, POLICY_2, coder);
  });
  let target = "";
  let complete = true;
  parts.forEach((part, i) => {
    const trg = childElements(part, ns, "target")[0];
    if (trg) target += inlineText(trg, ns, POLICY_2, coder);
    else if (part.local === "ignorable") target += sources[i] ?? "";
    else complete = false;
  });
  const segments = parts.filter((p) => p.local === "segment");
  if (segments.length === 0) throw new AppError("XLIFF_MISSING_SOURCE", { id });
  const final = segments.every((p) => p.attrs.state === "final");
  const parsed: ParsedXliffUnit = {
    id,
    source: sources.join("").normalize("NFC"),
    target: complete ? target.normalize("NFC") : null,
  };
  withCodes(parsed, coder, originalData(unit, ns));
  // <notes><note> of the unit: what the translator or reviewer wrote in the CAT tool.
  const notes = childElements(unit, ns, "notes").flatMap((n) => childElements(n, ns, "note"));
  const withState = final && complete ? { ...parsed, final: true } : parsed;
  return withNotes(withState, notes.map(noteText));
}

/** 2.x: the native data the codes point at (dataRef), kept with them. */
function originalData(unit: XElement, ns: string): Record<string, string> | undefined {
  const data = childElements(unit, ns, "originalData").flatMap((o) => childElements(o, ns, "data"));
  if (data.length === 0) return undefined;
  // Each code points at one or two <data>: more than twice the code limit is no file we keep.
  if (data.length > 2 * MAX_INLINE_CODES)
    throw new AppError("XLIFF_INLINE_TOO_MANY", { id: requireId(unit), max: MAX_INLINE_CODES });
  return Object.fromEntries(data.map((d) => [d.attrs.id ?? "", elementXml(d)]));
}

function withCodes(unit: ParsedXliffUnit, coder: InlineCoder, data?: Record<string, string>): void {
  if (Object.keys(coder.codes).length === 0) return;
  unit.codes = { v: coder.version, codes: coder.codes, ...(data ? { data } : {}) };
}

export function walk2(container: XElement, ns: string, out: Collected): void {
  noteForeign(container, ns, out);
  for (const el of childElements(container, ns)) {
    if (el.local === "unit") noteForeign(el, ns, out);
    if (el.local === "unit") out.units.push(unit2(el, ns));
    else if (el.local === "group") walk2(el, ns, out);
  }
}

export function walk12(container: XElement, ns: string, out: Collected): void {
  noteForeign(container, ns, out);
  for (const el of childElements(container, ns)) {
    if (el.local === "group") walk12(el, ns, out);
    if (el.local !== "trans-unit") continue;
    noteForeign(el, ns, out);
    const id = requireId(el);
    // Only the direct <source>/<target>: <alt-trans> holds candidates, <seg-source> a segmented copy.
    const src = childElements(el, ns, "source")[0];
    if (!src) throw new AppError("XLIFF_MISSING_SOURCE", { id });
    const trg = childElements(el, ns, "target")[0];
    const coder = new InlineCoder("1.2", id);
    const source = inlineText(src, ns, POLICY_12, coder).normalize("NFC");
    const target = trg ? inlineText(trg, ns, POLICY_12, coder).normalize("NFC") : null;
    const final = el.attrs.approved === "yes" || trg?.attrs.state === "final" || trg?.attrs.state === "signed-off";
    // Our own "kind, paragraph N" note (from="duyet") is context we wrote, not a comment to bring back.
    const notes = childElements(el, ns, "note").filter((n) => n.attrs.from !== "duyet");
    const parsed: ParsedXliffUnit =
      final && target !== null ? { id, source, target, final: true } : { id, source, target };
    withCodes(parsed, coder);
    out.units.push(withNotes(parsed, notes.map(noteText)));
  }
}
