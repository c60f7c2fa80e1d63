// What the assignment panel and its services exchange. Pure types.
import type { TargetLang } from "@/lib/vocabulary";

/** One language's assignment; dueAt as YYYY-MM-DD; all null: nobody assigned. */
export type AssignmentView = { translatorId: string | null; reviewerId: string | null; dueAt: string | null };

export type Person = { id: string; name: string };

export type ArticleAssignments = {
  current: Record<TargetLang, AssignmentView>;
  translators: Person[];
  reviewers: Person[];
};
