// What the editor page hands to the browser: plain, serialisable, no Prisma types.
import type { SegmentKind, TargetLang, TranslationState, Origin } from "@/lib/vocabulary";

export type EditorTranslation = {
  id: string;
  lang: TargetLang;
  text: string;
  state: TranslationState;
  origin: Origin;
  machineText: string | null;
  /** A fuzzy memory pre-fill's score (0–1), shown as "fuzzy 92 %"; null otherwise. */
  fuzzyScore: number | null;
  approvedText: string | null;
  rejectReason: string | null;
  version: number;
  errorCount: number;
  warningCount: number;
  issues: string; // JSON of QualityIssue[], parsed in the browser only when shown
  commentCount: number;
  updatedBy: string | null;
  updatedAt: string;
  /** The source changed under this text (a new source version); it needs review again. */
  sourceChanged: boolean;
};

export type EditorSegment = {
  id: string;
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  source: string;
  /** The source before the last new version changed it (word diff old → new), or null. */
  previousSource: string | null;
  translations: Partial<Record<TargetLang, EditorTranslation>>;
};

export type EditorArticle = {
  id: string;
  title: string;
  sourceUrl: string | null;
  byline: string | null;
  segments: EditorSegment[];
};

/** A row the server wrote elsewhere (memory fill, a repeat), as the editor merges it into its state. */
export type RowChange = { segmentId: string; lang: TargetLang; patch: Partial<EditorTranslation> };
