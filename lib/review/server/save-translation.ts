import "server-only";
import type { Actor } from "@/lib/vocabulary";
import { applyStep, type StepResult } from "./apply-step";

/** Saves a translator's text; `confirm` also marks it translated (Ctrl+Enter in the editor). */
export async function saveTranslation(
  input: { translationId: string; expectedVersion: number; text: string; confirm: boolean; editSeconds?: number },
  actor: Actor,
): Promise<StepResult> {
  const text = input.text.normalize("NFC");
  return applyStep({
    translationId: input.translationId,
    expectedVersion: input.expectedVersion,
    actor,
    step: input.confirm ? { kind: "confirm", text } : { kind: "save", text },
    action: input.confirm ? "confirm" : "save",
    editSeconds: input.editSeconds,
  });
}
