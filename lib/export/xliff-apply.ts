// XLIFF import, step 2 (pure): decide which segment translations a parsed file changes. All-or-nothing:
// the first problem throws and no change is planned, so the caller never writes half a file.
import { AppError } from "@/lib/errors";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { normalizeForCompare, primaryLanguage } from "./text";
import type { ParsedXliff, XliffImportCurrent, XliffImportPlan } from "./types";

/**
 * - the file's target language must be ours (primary subtag: "de-DE" fits "de"), its source Vietnamese;
 * - every unit id must be a segment of this article, and a translatable one (bylines, source lines and
 *   boilerplate are never translated, whatever a CAT tool did to them);
 * - the unit's source must equal our source after NFC + whitespace normalisation: otherwise the file was
 *   made from another version of the article and its translation may belong to a different sentence;
 * - a unit without a target, or whose target equals ours after the same normalisation, changes nothing.
 *   Whitespace-only differences are deliberately not changes: CAT tools reflow whitespace on save, and a
 *   revision per reflowed sentence would bury the real edits in the history;
 * - a changed target longer than a save allows (MAX_SEGMENT_TEXT) refuses the file.
 */
// Split units get ids such as "abc_1", "abc-2", "abc:1" or "abc.1" from the unit "abc" (OmegaT, Trados).
const SPLIT_SUFFIX = /[_:.-]\d{1,3}$/u;

function splitFrom<T extends { id: string }>(id: string, byId: Map<string, T>): T | undefined {
  const match = SPLIT_SUFFIX.exec(id);
  return match ? byId.get(id.slice(0, match.index)) : undefined;
}

export function planXliffImport(parsed: ParsedXliff, current: XliffImportCurrent): XliffImportPlan {
  if (primaryLanguage(parsed.trgLang) !== current.lang) {
    throw new AppError("XLIFF_LANGUAGE_MISMATCH", { expected: current.lang, actual: parsed.trgLang });
  }
  if (primaryLanguage(parsed.srcLang) !== "vi") {
    throw new AppError("XLIFF_SOURCE_LANGUAGE_MISMATCH", { actual: parsed.srcLang });
  }
  const byId = new Map(current.segments.map((s) => [s.id, s]));
  const changes: XliffImportPlan["changes"] = [];
  const sameAsSource: string[] = [];
  for (const unit of parsed.units) {
    const segment = byId.get(unit.id) ?? splitFrom(unit.id, byId);
    if (!segment) throw new AppError("XLIFF_UNKNOWN_ID", { id: unit.id });
    if (segment.id !== unit.id) throw new AppError("XLIFF_UNIT_SPLIT", { id: unit.id, segment: segment.id });
    if (!segment.translatable) throw new AppError("XLIFF_NOT_TRANSLATABLE", { id: unit.id });
    const source = normalizeForCompare(unit.source);
    if (source !== normalizeForCompare(segment.source)) {
      // Part of our sentence: the unit was split (or joined) in the CAT tool, not exported from an old text.
      const part = source !== "" && normalizeForCompare(segment.source).includes(source);
      throw new AppError(part ? "XLIFF_UNIT_SPLIT" : "XLIFF_SOURCE_MISMATCH", { id: unit.id, segment: segment.id });
    }
    if (unit.target === null) continue;
    // A CAT tool copies the source into an untranslated target ("copy source"); that is no translation.
    if (normalizeForCompare(unit.target) === source) {
      sameAsSource.push(unit.id);
      continue;
    }
    if (normalizeForCompare(unit.target) === normalizeForCompare(segment.target)) continue;
    const text = unit.target.normalize("NFC").trim();
    // The same cap as a save in the editor: a CAT tool is no way around it.
    if (text.length > MAX_SEGMENT_TEXT)
      throw new AppError("TEXT_TOO_LONG", { field: unit.id, limit: MAX_SEGMENT_TEXT, actual: text.length });
    changes.push(unit.final ? { segmentId: unit.id, text, final: true } : { segmentId: unit.id, text });
  }
  return { changes, sameAsSource };
}
