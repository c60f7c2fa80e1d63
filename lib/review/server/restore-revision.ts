import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyStep, type StepResult } from "./apply-step";
import type { Actor } from "@/lib/vocabulary";

/**
 * Restores the text of an earlier revision as a new revision (action "restore", its reason the restored
 * version's number, which the History panel words in the reader's language). The state follows the rules
 * of an edit: the text becomes a draft again, and whoever restores it counts as its author (four-eyes).
 */
export async function restoreRevision(
  input: { translationId: string; version: number; expectedVersion: number },
  actor: Actor,
): Promise<StepResult> {
  const revision = await db.revision.findUnique({
    where: { translationId_version: { translationId: input.translationId, version: input.version } },
    select: { text: true },
  });
  if (!revision) throw new AppError("REVISION_NOT_FOUND");
  return applyStep({
    translationId: input.translationId,
    expectedVersion: input.expectedVersion,
    actor,
    step: (current) => {
      if (current.text === revision.text) throw new AppError("REVISION_SAME_TEXT", { version: input.version });
      return { kind: "save", text: revision.text };
    },
    action: "restore",
    reason: String(input.version),
  });
}
