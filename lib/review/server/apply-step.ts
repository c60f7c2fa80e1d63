import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConflictDetails, StepResult } from "@/lib/review/types";
import { prepareStep, type StepOptions } from "./prepare-step";
import { StaleSibling, writeStep } from "./write-step";
import { publishStep } from "@/lib/live/server/publish-rows";

export type { ConflictDetails, StepResult };

/** Tries with the checks before the transaction, then once with everything inside it. */
const LEAN_ATTEMPTS = 2;

/**
 * Every human change to a translation goes through here: the state machine decides, the row is updated
 * only if nobody else wrote it since the caller loaded it (version compare-and-set), and the revision and
 * audit row are written in the same transaction. A stale version is a TRANSLATION_CONFLICT carrying the
 * other person's text, so the UI can show both and let the user choose.
 *
 * The reads and the quality checks run BEFORE the transaction (prepare-step.ts), so it holds its locks
 * (SQLite: the one connection) only for the writes. The compare-and-set in the UPDATE still refuses a
 * row that moved meanwhile. If the segment's other language moved (its issues were checked against the
 * old pair), the step is prepared again; the last try reads and checks inside the transaction.
 */
export async function applyStep(o: StepOptions, then: AfterStep = (_tx, result) => result): Promise<StepResult> {
  for (let attempt = 0; attempt < LEAN_ATTEMPTS; attempt++) {
    const ready = await prepareStep(db, o);
    if ("unchanged" in ready) return ready.unchanged;
    try {
      const result = await db.$transaction(async (tx) => then(tx, await writeStep(tx, ready.prepared, o, true)));
      // After the commit, not awaited: the open editors of the article hear of it (lib/live).
      void publishStep(result, o.actor, ready.prepared.current.articleId);
      return result;
    } catch (error) {
      if (!(error instanceof StaleSibling)) throw error;
    }
  }
  const result = await db.$transaction(async (tx) => then(tx, await applyStepTx(tx, o)));
  void publishStep(result, o.actor);
  return result;
}

/** What a caller adds to the step's own transaction once the row is written (a confirm's repeats). */
type AfterStep = (tx: Prisma.TransactionClient, result: StepResult) => StepResult | Promise<StepResult>;

/** The same inside a caller's transaction (a batch of steps that must succeed or fail together). */
export async function applyStepTx(tx: Prisma.TransactionClient, o: StepOptions): Promise<StepResult> {
  const ready = await prepareStep(tx, o);
  if ("unchanged" in ready) return ready.unchanged;
  return writeStep(tx, ready.prepared, o, false);
}
