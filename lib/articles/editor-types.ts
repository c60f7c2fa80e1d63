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
};

export type EditorSegment = {
  id: string;
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  source: string;
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
