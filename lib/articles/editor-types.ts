// What the editor page hands to the browser: plain, serialisable, no Prisma types.
import type { SegmentKind, TargetLang, TranslationState, Origin } from "@/lib/vocabulary";

export type EditorTranslation = {
  id: string;
  lang: TargetLang;
  text: string;
  state: TranslationState;
  origin: Origin;
  machineText: string | null;
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
