// The per-language segment state machine (docs/WORKFLOW.md, "Segment states"):
//   untranslated → machine → draft → translated → approved, plus rejected (back to translators).
// Pure: every service asks it what a step leads to before writing anything.
import { AppError } from "@/lib/errors";
import { TRANSLATION_STATES, type TranslationState } from "@/lib/vocabulary";

export type WorkflowStep =
  | { kind: "machine"; text: string }
  | { kind: "save"; text: string }
  | { kind: "confirm"; text: string }
  | { kind: "approve"; text: string }
  | { kind: "reject"; reason: string };

export type Current = { state: TranslationState; text: string };

/** The state a step leads to, or an AppError code when the step is not allowed from here. */
export function nextState(current: Current, step: WorkflowStep): TranslationState {
  switch (step.kind) {
    case "machine":
      // MT only fills what nobody has touched: a human text is never replaced by a machine one.
      if (current.state !== "untranslated") throw new AppError("TRANSLATION_NOT_UNTRANSLATED");
      return step.text.trim() ? "machine" : "untranslated";
    case "save":
      if (!step.text.trim()) return "untranslated";
      // Saving the same text changes nothing, so an approved text stays approved.
      if (step.text === current.text) return current.state;
      return "draft";
    case "confirm":
      if (!step.text.trim()) throw new AppError("TRANSLATION_EMPTY");
      if (current.state === "approved" && step.text === current.text)
        throw new AppError("TRANSLATION_ALREADY_APPROVED");
      return "translated";
    case "approve":
      if (!step.text.trim()) throw new AppError("TRANSLATION_EMPTY");
      if (current.state === "approved" && step.text === current.text) throw new AppError("REVIEW_ALREADY_APPROVED");
      return "approved";
    case "reject":
      if (!step.reason.trim()) throw new AppError("REVIEW_REASON_REQUIRED");
      if (current.state === "untranslated") throw new AppError("REVIEW_NOTHING_TO_REJECT");
      if (current.state === "rejected") throw new AppError("REVIEW_ALREADY_REJECTED");
      return "rejected";
  }
}

/** States a reviewer works on: confirmed by a translator, or changed after an approval. */
export function needsReview(state: TranslationState): boolean {
  return state === "translated";
}

export function changedSinceApproval(t: {
  state: TranslationState;
  text: string;
  approvedText: string | null;
}): boolean {
  return t.approvedText !== null && t.state !== "approved" && t.text !== t.approvedText;
}

export type LanguageProgress = {
  total: number;
  approved: number;
  translated: number;
  untranslated: number;
  /** Confirmed or imported texts waiting for a reviewer (the editor's "Needs review" filter). */
  needsReview: number;
  rejected: number;
};

/**
 * Counts per state → "approved / translated / total" in the list and the editor (one function, so the
 * two agree); translated includes approved.
 */
export function progressFromCounts(counts: Partial<Record<TranslationState, number>>): LanguageProgress {
  const get = (s: TranslationState) => counts[s] ?? 0;
  const total = TRANSLATION_STATES.reduce((sum, s) => sum + get(s), 0);
  return {
    total,
    approved: get("approved"),
    translated: get("translated") + get("approved"),
    untranslated: get("untranslated"),
    needsReview: get("translated"),
    rejected: get("rejected"),
  };
}

export function isFullyApproved(p: LanguageProgress): boolean {
  return p.total > 0 && p.approved === p.total;
}
