import "server-only";
import type { Actor } from "@/lib/vocabulary";
import { applyStep, type StepResult } from "./apply-step";
import { propagateRepeats } from "./propagate-repeats";

/**
 * Saves a translator's text; `confirm` also marks it translated (Ctrl+Enter in the editor), and in the
 * same transaction its repeats in the article that nobody wrote yet take the text (propagate-repeats.ts).
 */
export async function saveTranslation(
  input: { translationId: string; expectedVersion: number; text: string; confirm: boolean; editSeconds?: number },
  actor: Actor,
): Promise<StepResult> {
  const text = input.text.normalize("NFC");
  const options = {
    translationId: input.translationId,
    expectedVersion: input.expectedVersion,
    actor,
    step: input.confirm ? ({ kind: "confirm", text } as const) : ({ kind: "save", text } as const),
    action: input.confirm ? ("confirm" as const) : ("save" as const),
    editSeconds: input.editSeconds,
  };
  if (!input.confirm) return applyStep(options);
  return applyStep(options, async (tx, result) => ({
    ...result,
    repeats: await propagateRepeats(tx, { translationId: result.id, actor }),
  }));
}
