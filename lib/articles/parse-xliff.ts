// A source-only XLIFF (1.2 or 2.x, as a CMS or a CAT tool exports it) as a new article. Decisions:
// - one unit is one segment, in its own paragraph: the writing tool's segmentation is kept, so a target in
//   the file belongs to exactly one segment of ours;
// - the title is the first unit's source (`original` is usually a file name or an id, and a "title" note
//   is no standard); `original` becomes the source URL when it is an http(s) URL;
// - the source must be Vietnamese; targets are read when the file's target language is German or English
//   (primary subtag: de, de-DE, de-AT are German), become drafts, and a target that merely copies the
//   source is left out. States and notes are applied after the write (lib/articles/server/xliff-extras.ts).
import { AppError } from "@/lib/errors";
import { parseXliff } from "@/lib/export/xliff-import";
import { normalizeForCompare, primaryLanguage } from "@/lib/export/text";
import type { ParsedXliff } from "@/lib/export/types";
import { TOKEN } from "@/lib/export/xliff-inline";
import { isTargetLang, type TargetLang } from "@/lib/vocabulary";
import { SegmentList } from "./import-input";
import type { ParsedArticle } from "./parsed-article";

/** The file's target language as ours, null for a source-only file; another language is refused. */
export function xliffTargetLang(parsed: ParsedXliff): TargetLang | null {
  if (primaryLanguage(parsed.srcLang) !== "vi")
    throw new AppError("XLIFF_SOURCE_LANGUAGE_MISMATCH", { actual: parsed.srcLang });
  if (parsed.trgLang === "") return null;
  const lang = primaryLanguage(parsed.trgLang);
  if (!isTargetLang(lang))
    throw new AppError("XLIFF_LANGUAGE_MISMATCH", { expected: "de, en", actual: parsed.trgLang });
  return lang;
}

/** Units with a source, in file order: each becomes the segment at the same position. */
export function articleUnits(parsed: ParsedXliff): ParsedXliff["units"] {
  return parsed.units.filter((u) => u.source.trim() !== "");
}

export function parseXliffArticle(content: string | Uint8Array): ParsedArticle {
  const parsed = parseXliff(content, { sourceOnly: true });
  const lang = xliffTargetLang(parsed);
  const units = articleUnits(parsed);
  if (units.length === 0) throw new AppError("IMPORT_EMPTY");
  const list = new SegmentList();
  units.forEach((unit, index) => {
    const text = unit.source.replace(/\s+/gu, " ").trim();
    const target = unit.target?.trim() ?? "";
    const copied = normalizeForCompare(target) === normalizeForCompare(text);
    const translations = lang && target && !copied ? { [lang]: target } : {};
    list.add({ paragraph: index, kind: index === 0 ? "title" : "body", text, translations });
  });
  const original = parsed.original?.trim() ?? "";
  return {
    // The title shown in lists is plain text; the title segment keeps its inline-code tokens.
    title: (list.segments[0]?.text ?? "").replace(TOKEN, "").replace(/\s+/gu, " ").trim(),
    sourceUrl: /^https?:\/\/\S+$/iu.test(original) ? original : null,
    byline: null,
    segments: list.segments,
  };
}
