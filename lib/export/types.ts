// Input and output shapes of the pure export/import formats. The service layer loads a published
// snapshot (or the current state, as a draft) into an ExportDocument; nothing here touches the DB.

import type { InlineCodes } from "./xliff-inline";
import type { SegmentKind, TargetLang, TranslationState } from "@/lib/vocabulary";

export type ExportSegment = {
  id: string;
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  source: string;
  target: string;
  state: TranslationState;
  /** Comments on the segment (XLIFF notes); filled at export time, never part of a snapshot's content. */
  notes?: ExportNote[];
  /** Inline codes of a segment imported from XLIFF (its text holds their tokens); filled for XLIFF exports. */
  codes?: InlineCodes;
  /** Who wrote the current text and when it was made and changed (TMX creationid/changeid/dates). */
  author?: string;
  createdAt?: string;
  changedAt?: string;
};

export type ExportNote = { author: string; text: string };

export type ExportDocument = {
  articleId: string;
  title: string;
  sourceUrl: string | null;
  byline: string | null;
  lang: TargetLang;
  /** Published version, null = current draft state. */
  version: number | null;
  status: "published" | "draft";
  publishedAt: string | null;
  segments: ExportSegment[];
};

export const EXPORT_FORMATS = ["html", "markdown", "text", "json", "xliff21", "xliff12", "tmx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type RenderedExport = { body: string; contentType: string; extension: string };

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What parseXliff hands to planXliffImport: flat units, inline markup already resolved to text. */
/** `final`: the CAT tool signed the target off (2.x state="final"; 1.2 approved="yes", state="final"/"signed-off"). */
/** `notes`: the unit's notes (2.x <notes><note>, 1.2 <note> except our own from="duyet"), deduplicated. */
export type ParsedXliffUnit = {
  id: string;
  source: string;
  target: string | null;
  final?: boolean;
  notes?: string[];
  /** The unit's inline codes, when it has any: its text holds their tokens (lib/export/xliff-inline.ts). */
  codes?: InlineCodes;
};
export type ParsedXliff = {
  version: "1.2" | "2.x";
  /** Source language as declared by the file (srcLang / source-language). */
  srcLang: string;
  trgLang: string;
  units: ParsedXliffUnit[];
  /** Elements in a namespace neither XLIFF nor a known module ("name (namespace)"): read past, reported. */
  foreign: string[];
  /** The first <file>'s `original` (a path, a URL or a title, as the writing tool chose). */
  original?: string;
};

export type XliffImportCurrent = {
  lang: TargetLang;
  segments: { id: string; source: string; target: string; translatable: boolean }[];
};
export type XliffImportPlan = {
  changes: { segmentId: string; text: string; final?: boolean }[];
  /** Units whose German/English target is the Vietnamese source unchanged: not a translation, not imported. */
  sameAsSource: string[];
};
