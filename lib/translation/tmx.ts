// Pure TMX 1.4b export/import of translation-memory units { vi, de?, en? }.
// Import is defensive: size cap, entity declarations refused (billion-laughs, external entities; a DOCTYPE
// that only names the DTD, as OmegaT and translate-toolkit write it, is accepted and never loaded),
// well-formedness checked before parsing; inline markup inside <seg> is flattened to text (native codes in
// <bpt>/<ept>/<ph>/<it>/<ut> dropped, <hi>/<sub> kept as their text). Parsed with fast-xml-parser v5.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import { assertCleanXml } from "@/lib/text/hygiene";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { withoutPlainDoctype } from "@/lib/text/xml-prolog";
import { segMarkupToText } from "./tmx-seg";

export type TmUnit = { vi: string; de?: string | null; en?: string | null; createdAt?: Date; updatedAt?: Date };
export type TmxExportOptions = {
  creationTool?: string;
  creationToolVersion?: string;
  /** Language tag written for English (default "en"). */
  englishTag?: "en" | "en-GB" | "en-US";
  /** Region tags for Vietnamese and German (default "vi", "de"); the memory export writes vi-VN, de-DE. */
  regionTags?: boolean;
  creationDate?: Date;
};
/** Why a unit of the file did not become a memory entry. */
export type TmxSkipReason = "noVietnamese" | "noTranslation" | "empty" | "duplicate";
export type TmxSkipped = Record<TmxSkipReason, number>;
export type TmxImportResult = { units: TmUnit[]; skipped: number; skippedBy: TmxSkipped };
export const noneSkipped = (): TmxSkipped => ({ noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 0 });

export const TMX_ERROR_CODES = [
  "TMX_TOO_LARGE",
  "TMX_DTD_FORBIDDEN",
  "TMX_INVALID",
  "TMX_NOT_TMX",
  "TMX_SEGMENT_TOO_LONG",
] as const;
export type TmxErrorCode = (typeof TMX_ERROR_CODES)[number];
export const TMX_MAX_BYTES = 50 * 1024 * 1024;

// Characters not allowed in XML 1.0 documents.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function tmxDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function exportTmx(units: TmUnit[], opts: TmxExportOptions = {}): string {
  const date = tmxDate(opts.creationDate ?? new Date());
  const en = opts.englishTag ?? "en";
  const vi = opts.regionTags ? "vi-VN" : "vi";
  const de = opts.regionTags ? "de-DE" : "de";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${escapeXml(opts.creationTool ?? "Duyet")}" creationtoolversion="${escapeXml(opts.creationToolVersion ?? "0.1.0")}" segtype="sentence" o-tmf="duyet" adminlang="en" srclang="${vi}" datatype="plaintext" creationdate="${date}"/>`,
    "  <body>",
  ];
  for (const u of units) {
    if (!u.vi) continue;
    const tuvs: [string, string][] = [[vi, u.vi]];
    if (u.de) tuvs.push([de, u.de]);
    if (u.en) tuvs.push([en, u.en]);
    if (tuvs.length < 2) continue;
    // When the entry was made and last changed, so a CAT tool can prefer the newer of two matches.
    const created = u.createdAt ? ` creationdate="${tmxDate(u.createdAt)}"` : "";
    const changed = u.updatedAt ? ` changedate="${tmxDate(u.updatedAt)}"` : "";
    lines.push(`    <tu${created}${changed}>`);
    for (const [lang, text] of tuvs)
      lines.push(`      <tuv xml:lang="${lang}"><seg>${escapeXml(text.normalize("NFC"))}</seg></tuv>`);
    lines.push("    </tu>");
  }
  lines.push("  </body>", "</tmx>", "");
  return lines.join("\n");
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const cp = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** Raw inner XML of <seg> → plain text. */
function segText(raw: string): string {
  return decodeEntities(segMarkupToText(raw)).normalize("NFC").trim();
}

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Whether any variant of the unit (in whatever language) has text: "no Vietnamese" rather than "empty". */
function unitHasText(tu: Record<string, unknown> | undefined): boolean {
  return asArray((tu?.tuv ?? []) as Record<string, unknown>[]).some((tuv) => {
    const seg = tuv.seg;
    const raw =
      typeof seg === "string"
        ? seg
        : seg && typeof seg === "object"
          ? String((seg as Record<string, unknown>)["#text"] ?? "")
          : "";
    return segText(raw) !== "";
  });
}

export function importTmx(xml: string, opts: { maxBytes?: number } = {}): TmxImportResult {
  const maxBytes = opts.maxBytes ?? TMX_MAX_BYTES;
  if (xml.length > maxBytes || Buffer.byteLength(xml, "utf8") > maxBytes)
    throw new AppError("TMX_TOO_LARGE", { limit: maxBytes });
  const text = withoutPlainDoctype(xml.replace(/^\uFEFF/, ""), "TMX_DTD_FORBIDDEN");
  assertCleanXml(text); // FILE_INVALID_CHARACTER: NUL, control characters, lone surrogates, also as &#…;
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new AppError("TMX_INVALID", { line: valid.err.line, reason: valid.err.code });

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    stopNodes: ["*.seg"],
    isArray: (name) => name === "tu" || name === "tuv",
  });
  const doc = parser.parse(text) as Record<string, unknown>;
  const tmx = doc.tmx as Record<string, unknown> | undefined;
  if (!tmx || typeof tmx !== "object") throw new AppError("TMX_NOT_TMX");
  const body = tmx.body as Record<string, unknown> | undefined | "";
  const tus = body && typeof body === "object" ? asArray(body.tu as Record<string, unknown>[] | undefined) : [];

  const units: TmUnit[] = [];
  const skippedBy = noneSkipped();
  tus.forEach((tu, index) => {
    const unit: { vi?: string; de?: string; en?: string } = {};
    for (const tuv of asArray((tu?.tuv ?? []) as Record<string, unknown>[])) {
      const lang = String(tuv["@_xml:lang"] ?? tuv["@_lang"] ?? "").toLowerCase();
      const primary = lang.split(/[-_]/)[0];
      if (primary !== "vi" && primary !== "de" && primary !== "en") continue;
      const seg = tuv.seg;
      const raw =
        typeof seg === "string"
          ? seg
          : seg && typeof seg === "object"
            ? String((seg as Record<string, unknown>)["#text"] ?? "")
            : "";
      const value = segText(raw);
      // A memory entry is a segment's source and translations: the same cap as a save.
      if (value.length > MAX_SEGMENT_TEXT)
        throw new AppError("TMX_SEGMENT_TOO_LONG", {
          unit: index + 1,
          lang: primary,
          limit: MAX_SEGMENT_TEXT,
          actual: value.length,
        });
      if (value && unit[primary] === undefined) unit[primary] = value;
    }
    if (unit.vi && (unit.de || unit.en))
      units.push({ vi: unit.vi, ...(unit.de ? { de: unit.de } : {}), ...(unit.en ? { en: unit.en } : {}) });
    else if (unit.vi) skippedBy.noTranslation++;
    else if (unitHasText(tu)) skippedBy.noVietnamese++;
    else skippedBy.empty++;
  });
  const skipped = Object.values(skippedBy).reduce((sum, n) => sum + n, 0);
  return { units, skipped, skippedBy };
}
