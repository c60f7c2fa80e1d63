import type { TargetLang, TranslationState } from "@/lib/vocabulary";
import type { RowChange } from "@/lib/articles/editor-types";

export type StoredIssues = { issues: string; errorCount: number; warningCount: number };
/** The written translation, plus the re-checked issues of every language of its segment. */
export type StepResult = {
  id: string;
  text: string;
  state: TranslationState;
  version: number;
  updatedAt: string;
  issues: Partial<Record<TargetLang, StoredIssues>>;
  /** A confirm's repeats in the article that took its text (lib/review/server/propagate-repeats.ts). */
  repeats?: { count: number; changes: RowChange[] };
};
/** What the other person saved, handed to the editor on TRANSLATION_CONFLICT so the user can choose. */
export type ConflictDetails = {
  text: string;
  state: TranslationState;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
};
