import "server-only";
import type { Actor } from "@/lib/vocabulary";
import { applyStep, type StepResult } from "./apply-step";

/** Sends a translation back to the translators; the reason is shown on the segment. */
export async function rejectTranslation(
  input: { translationId: string; expectedVersion: number; reason: string },
  actor: Actor,
): Promise<StepResult> {
  const reason = input.reason.trim();
  return applyStep({
    translationId: input.translationId,
    expectedVersion: input.expectedVersion,
    actor,
    step: { kind: "reject", reason },
    action: "reject",
    reason,
  });
}
