import type { TranslationState } from "./workflow";

export type StepResult = { id: string; text: string; state: TranslationState; version: number; updatedAt: string };
/** What the other person saved, handed to the editor on TRANSLATION_CONFLICT so the user can choose. */
export type ConflictDetails = { text: string; state: TranslationState; version: number; updatedBy: string | null; updatedAt: string };
