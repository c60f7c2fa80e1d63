// XLIFF import, step 1 (pure): bytes or text from a CAT tool → flat units { id, source, target }.
// Order of defences: size → encoding → DTD → well-formedness → XLIFF structure. Step 2 (matching the
// units against the article) is planXliffImport in xliff-apply.ts.
import { AppError, type ErrorCode } from "@/lib/errors";
import { assertCleanXml } from "@/lib/text/hygiene";
import { assertNoDtd, decodeXliffInput } from "./xliff-decode";
import { childElements, type InlinePolicy, inlineText, parseXmlTree, type XElement } from "./xliff-tree";
import type { ParsedXliff, ParsedXliffUnit } from "./types";
import { XLIFF12_NS, XLIFF22_NS, XLIFF2_NS } from "./xliff-states";

export { XLIFF_MAX_BYTES } from "./xliff-decode";

// Inline and structural element names are the same in 2.0, 2.1 and 2.2, so one reader serves all.
const XLIFF2_NAMESPACES = new Set([XLIFF2_NS, XLIFF22_NS]);

const POLICY_12: InlinePolicy = { flatten: new Set(["g", "mrk"]), drop: new Set() };
const POLICY_2: InlinePolicy = { flatten: new Set(["pc", "mrk"]), drop: new Set(["sm", "em"]) };

type Collected = { srcLangs: Set<string>; trgLangs: Set<string>; units: ParsedXliffUnit[]; foreign: Set<string> };

// XLIFF 2 modules (urn:oasis:names:tc:xliff:…), ITS and our own attributes' namespace are expected.
const KNOWN_NAMESPACE = /^(?:urn:oasis:names:tc:xliff:|http:\/\/www\.w3\.org\/2005\/11\/its|urn:x-duyet:)/u;
const MAX_FOREIGN = 20;
const XLIFF_NAMESPACE = /^urn:oasis:names:tc:xliff:document:(\d+\.\d+)$/u;

/** Remembers the structural children of `el` that belong to another vocabulary (Trados, Okapi, …). */
function noteForeign(el: XElement, ns: string, out: Collected): void {
  for (const child of el.children) {
    if (child.type !== "element" || child.ns === ns || KNOWN_NAMESPACE.test(child.ns)) continue;
    if (out.foreign.size < MAX_FOREIGN) out.foreign.add(`${child.local} (${child.ns || "no namespace"})`);
  }
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
  let source = "";
  let target = "";
  let complete = true;
  let segments = 0;
  let final = true;
  for (const part of unit.children) {
    if (part.type !== "element" || part.ns !== ns || (part.local !== "segment" && part.local !== "ignorable")) continue;
    const src = childElements(part, ns, "source")[0];
    if (!src) throw new AppError("XLIFF_MISSING_SOURCE", { id });
    const srcText = inlineText(src, ns, POLICY_2, id);
    const trg = childElements(part, ns, "target")[0];
    source += srcText;
    if (part.local === "segment") segments++;
    if (part.local === "segment" && part.attrs.state !== "final") final = false;
    if (trg) target += inlineText(trg, ns, POLICY_2, id);
    else if (part.local === "ignorable") target += srcText;
    else complete = false;
  }
  if (segments === 0) throw new AppError("XLIFF_MISSING_SOURCE", { id });
  const parsed: ParsedXliffUnit = {
    id,
    source: source.normalize("NFC"),
    target: complete ? target.normalize("NFC") : null,
  };
  return final && complete ? { ...parsed, final: true } : parsed;
}

function walk2(container: XElement, ns: string, out: Collected): void {
  noteForeign(container, ns, out);
  for (const el of childElements(container, ns)) {
    if (el.local === "unit") noteForeign(el, ns, out);
    if (el.local === "unit") out.units.push(unit2(el, ns));
    else if (el.local === "group") walk2(el, ns, out);
  }
}

function walk12(container: XElement, ns: string, out: Collected): void {
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
    const target = trg ? inlineText(trg, ns, POLICY_12, id).normalize("NFC") : null;
    const final = el.attrs.approved === "yes" || trg?.attrs.state === "final" || trg?.attrs.state === "signed-off";
    const source = inlineText(src, ns, POLICY_12, id).normalize("NFC");
    out.units.push(final && target !== null ? { id, source, target, final: true } : { id, source, target });
  }
}

function single(langs: Set<string>, missingCode: ErrorCode): string {
  if (langs.size === 0) throw new AppError(missingCode);
  if (langs.size > 1) throw new AppError("XLIFF_MIXED_LANGUAGES", { languages: [...langs].join(", ") });
  return [...langs][0] ?? "";
}

/**
 * Parses XLIFF 1.2 or 2.0/2.1/2.2. Empty targets come back as null (import never clears a translation).
 * Unit ids must be unique across all <file>s, because they are matched against global segment ids.
 */
export function parseXliff(content: string | Uint8Array): ParsedXliff {
  const text = decodeXliffInput(content);
  assertNoDtd(text);
  const root = parseXmlTree(text);
  // Well-formed XML may still carry what XML allows but no text of ours may hold (a lone surrogate in
  // a string upload): FILE_INVALID_CHARACTER. Character references to such code points are malformed.
  assertCleanXml(text);
  if (root.local !== "xliff") throw new AppError("XLIFF_NOT_XLIFF", { root: root.local });
  const declared = root.attrs.version?.trim() ?? "";
  const out: Collected = { srcLangs: new Set(), trgLangs: new Set(), units: [], foreign: new Set() };
  let version: ParsedXliff["version"];
  // 1.2 files without a namespace declaration are common in the wild (old tools); 2.x always declares it.
  if (declared === "1.2" && (root.ns === XLIFF12_NS || root.ns === "")) {
    version = "1.2";
    for (const file of childElements(root, root.ns, "file")) {
      if (file.attrs["source-language"]) out.srcLangs.add(file.attrs["source-language"]);
      if (file.attrs["target-language"]) out.trgLangs.add(file.attrs["target-language"]);
      for (const body of childElements(file, root.ns, "body")) walk12(body, root.ns, out);
    }
  } else if (/^2\.[012]$/.test(declared) && XLIFF2_NAMESPACES.has(root.ns)) {
    version = "2.x";
    if (root.attrs.srcLang) out.srcLangs.add(root.attrs.srcLang);
    if (root.attrs.trgLang) out.trgLangs.add(root.attrs.trgLang);
    for (const file of childElements(root, root.ns, "file")) walk2(file, root.ns, out);
  } else if (XLIFF_NAMESPACE.test(root.ns) || root.ns === "") {
    // XLIFF 1.0/1.1 (urn:…:document:1.1) is an older vocabulary, not "another root element".
    throw new AppError("XLIFF_UNSUPPORTED_VERSION", { version: declared || XLIFF_NAMESPACE.exec(root.ns)?.[1] || "?" });
  } else {
    throw new AppError("XLIFF_NOT_XLIFF", { root: root.local });
  }

  const seen = new Set<string>();
  for (const unit of out.units) {
    if (seen.has(unit.id)) throw new AppError("XLIFF_DUPLICATE_ID", { id: unit.id });
    seen.add(unit.id);
    if (unit.target !== null && unit.target.trim() === "") unit.target = null;
  }
  return {
    version,
    srcLang: single(out.srcLangs, "XLIFF_NO_SOURCE_LANGUAGE"),
    trgLang: single(out.trgLangs, "XLIFF_NO_TARGET_LANGUAGE"),
    units: out.units,
    foreign: [...out.foreign],
  };
}
