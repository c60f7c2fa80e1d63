// The rules of one human step on a translation, apart from the database work around them
// (lib/review/server/apply-step.ts loads the row, runs the checks and writes what these decide). Pure.
import { AppError } from "@/lib/errors";
import type { Origin, TranslationState } from "@/lib/vocabulary";
import { nextState, type WorkflowStep } from "./workflow";

/** The revision's action as the caller names it; an approval over open errors becomes "override". */
export type StepAction = "save" | "confirm" | "approve" | "reject" | "xliff" | "restore";
export type StepRow = { state: TranslationState; text: string; origin: Origin; textAuthorId: string | null };

export type StepDecision =
  | { unchanged: true; state: TranslationState; text: string }
  | {
      unchanged: false;
      state: TranslationState;
      text: string;
      textChanged: boolean;
      origin: Origin;
      textAuthorId: string | null;
    };

/**
 * What a step does to the row: its next state and text, and who then wrote the text. `refuseRejected`
 * (bulk approval) refuses a rejected text: a rejection is never undone without a look.
 */
export function decideStep(
  current: StepRow,
  step: WorkflowStep,
  actorId: string,
  o: { refuseRejected?: boolean } = {},
): StepDecision {
  if (o.refuseRejected && current.state === "rejected") throw new AppError("REVIEW_REJECTED_IN_BULK");
  const text = "text" in step ? step.text : current.text;
  const state = nextState(current, step);
  // Nothing changes (a save of the same text, Ctrl+Enter on a segment already confirmed): no revision,
  // no new version — a reviewer who has it open must not get a conflict for nothing.
  if (state === current.state && text === current.text && (step.kind === "save" || step.kind === "confirm")) {
    return { unchanged: true, state, text };
  }
  const textChanged = text !== current.text;
  return {
    unchanged: false,
    state,
    text,
    textChanged,
    origin: textChanged ? "human" : current.origin,
    textAuthorId: textChanged ? actorId : current.textAuthorId,
  };
}

type Issue = { severity: string; code: string };
export type Approval = {
  override: boolean;
  action: StepAction | "override";
  reason: string | null;
  /** The error issues approved over (recorded in the audit row). */
  overridden: Issue[];
};

/**
 * An approval while the row's own checks find errors is an override: it needs a reason (else
 * REVIEW_BLOCKING_ISSUES with the errors, so the UI can show them), which the revision records.
 */
export function decideApproval<I extends Issue>(
  state: TranslationState,
  own: { errorCount: number; issues: readonly I[] },
  o: { action: StepAction; reason?: string | null; overrideReason?: string | null },
): Approval & { overridden: I[] } {
  const override = state === "approved" && own.errorCount > 0;
  if (!override) return { override, action: o.action, reason: o.reason ?? null, overridden: [] };
  const errors = own.issues.filter((i) => i.severity === "error");
  const reason = o.overrideReason?.trim();
  if (!reason) throw new AppError("REVIEW_BLOCKING_ISSUES", { count: own.errorCount }, errors);
  return { override, action: "override", reason, overridden: errors };
}

/** The approved text and the rejection reason a row keeps in its new state. */
export function stateFields(state: TranslationState, text: string, rejectReason: string | null | undefined) {
  if (state === "approved") return { approvedText: text, rejectReason: null };
  if (state === "rejected") return { rejectReason: rejectReason ?? null };
  return { rejectReason: null };
}
