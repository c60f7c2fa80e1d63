import "server-only";
import type { Actor } from "@/lib/action";
import { applyStep, type StepResult } from "./apply-step";

/** Approves the text the reviewer saw (the version they loaded), optionally with their own last edit. */
export async function approveTranslation(
  input: {
    translationId: string;
    expectedVersion: number;
    text?: string;
    editSeconds?: number;
    overrideReason?: string;
    /** A bulk approval: a rejected text is refused (REVIEW_REJECTED_IN_BULK), it needs its own decision. */
    bulk?: boolean;
  },
  actor: Actor,
): Promise<StepResult> {
  return applyStep({
    translationId: input.translationId,
    expectedVersion: input.expectedVersion,
    actor,
    step: (current) => ({ kind: "approve", text: input.text?.normalize("NFC") ?? current.text }),
    action: "approve",
    editSeconds: input.editSeconds,
    overrideReason: input.overrideReason,
    refuseRejected: input.bulk === true,
  });
}
