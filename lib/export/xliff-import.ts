// XLIFF import, step 1 (pure): bytes or text from a CAT tool → flat units { id, source, target }.
// Order of defences: size → encoding → DTD → well-formedness → XLIFF structure. Step 2 (matching the
// units against the article) is planXliffImport in xliff-apply.ts.
import { AppError, type ErrorCode } from "@/lib/errors";
import { assertCleanXml } from "@/lib/text/hygiene";
import { assertNoDtd, decodeXliffInput } from "./xliff-decode";
import { childElements, parseXmlTree } from "./xliff-tree";
import { type Collected, walk12, walk2 } from "./xliff-units";
import type { ParsedXliff } from "./types";
import { XLIFF12_NS, XLIFF22_NS, XLIFF2_NS } from "./xliff-states";

// Inline and structural element names are the same in 2.0, 2.1 and 2.2, so one reader serves all.
const XLIFF2_NAMESPACES = new Set([XLIFF2_NS, XLIFF22_NS]);
const XLIFF_NAMESPACE = /^urn:oasis:names:tc:xliff:document:(\d+\.\d+)$/u;

export { XLIFF_MAX_BYTES } from "./xliff-decode";

function single(langs: Set<string>, missingCode: ErrorCode): string {
  if (langs.size === 0) throw new AppError(missingCode);
  if (langs.size > 1) throw new AppError("XLIFF_MIXED_LANGUAGES", { languages: [...langs].join(", ") });
  return [...langs][0] ?? "";
}

/**
 * Parses XLIFF 1.2 or 2.0/2.1/2.2. Empty targets come back as null (import never clears a translation).
 * Unit ids must be unique across all <file>s, because they are matched against global segment ids.
 * `sourceOnly`: a file without a target language is accepted (trgLang "") — a new article from a CMS.
 */
export function parseXliff(content: string | Uint8Array, opts: { sourceOnly?: boolean } = {}): ParsedXliff {
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
  let original: string | undefined;
  // 1.2 files without a namespace declaration are common in the wild (old tools); 2.x always declares it.
  if (declared === "1.2" && (root.ns === XLIFF12_NS || root.ns === "")) {
    version = "1.2";
    for (const file of childElements(root, root.ns, "file")) {
      original ??= file.attrs.original;
      if (file.attrs["source-language"]) out.srcLangs.add(file.attrs["source-language"]);
      if (file.attrs["target-language"]) out.trgLangs.add(file.attrs["target-language"]);
      for (const body of childElements(file, root.ns, "body")) walk12(body, root.ns, out);
    }
  } else if (/^2\.[012]$/.test(declared) && XLIFF2_NAMESPACES.has(root.ns)) {
    version = "2.x";
    if (root.attrs.srcLang) out.srcLangs.add(root.attrs.srcLang);
    if (root.attrs.trgLang) out.trgLangs.add(root.attrs.trgLang);
    for (const file of childElements(root, root.ns, "file")) {
      original ??= file.attrs.original;
      walk2(file, root.ns, out);
    }
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
    trgLang: opts.sourceOnly && out.trgLangs.size === 0 ? "" : single(out.trgLangs, "XLIFF_NO_TARGET_LANGUAGE"),
    units: out.units,
    foreign: [...out.foreign],
    ...(original ? { original } : {}),
  };
}
