// Pure TMX 1.4b import of translation-memory units { vi, de?, en? } (export: tmx-export.ts).
// Import is defensive: size cap, entity declarations refused (billion-laughs, external entities; a DOCTYPE
// that only names the DTD, as OmegaT and translate-toolkit write it, is accepted and never loaded),
// well-formedness checked before parsing; inline markup inside <seg> is flattened to text (native codes in
// <bpt>/<ept>/<ph>/<it>/<ut> dropped, <hi>/<sub> kept as their text). Parsed with fast-xml-parser v5.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import { assertCleanXml } from "@/lib/text/hygiene";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { withoutPlainDoctype } from "@/lib/text/xml-prolog";
import { asArray, tuProvenance, tuvText, unitHasText } from "./tmx-read";

export { exportTmx, type TmUnit, type TmxExportOptions } from "./tmx-export";
import type { TmUnit } from "./tmx-export";
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
      const value = tuvText(tuv);
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
      units.push({
        vi: unit.vi,
        ...(unit.de ? { de: unit.de } : {}),
        ...(unit.en ? { en: unit.en } : {}),
        ...tuProvenance(tu),
      });
    else if (unit.vi) skippedBy.noTranslation++;
    else if (unitHasText(tu)) skippedBy.noVietnamese++;
    else skippedBy.empty++;
  });
  const skipped = Object.values(skippedBy).reduce((sum, n) => sum + n, 0);
  return { units, skipped, skippedBy };
}
