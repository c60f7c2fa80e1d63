import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { feedMemory } from "@/lib/translation/server/feed-memory";
import { stateFields } from "@/lib/review/decide-step";
import { issueColumns, storeRowIssues } from "@/lib/quality/server/segment-issues";
import type { StepResult } from "@/lib/review/types";
import type { PreparedStep, StepOptions } from "./prepare-step";
import { shiftEffortDays } from "./shift-effort-days";
import { stepConflict } from "./step-conflict";

/** Another language of the segment was saved after the checks read it: check the pair again. */
export class StaleSibling extends Error {}

/**
 * The writes of a prepared step, in the caller's transaction: the translation (compare-and-set on its
 * version, its own issues in the same UPDATE … RETURNING), the other languages' issues, the revision,
 * the audit row and the effort sums. With `guardSiblings`, another language that moved since the read
 * throws StaleSibling (the caller rolls back and prepares again).
 */
export async function writeStep(
  tx: Prisma.TransactionClient,
  p: PreparedStep,
  o: StepOptions,
  guardSiblings: boolean,
): Promise<StepResult> {
  const { current, text, state, origin, checked, approval, effort } = p;
  const version = current.version + 1;
  let updatedAt: Date | null = null;
  // Lock order: the segment's rows in id order. Saving the German and the English of one segment at once
  // would otherwise lock the two rows in opposite orders and deadlock (PostgreSQL).
  for (const row of [...checked.rows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const issues = checked.byLang[row.lang];
    if (row.id !== current.id) {
      const stored = await storeRowIssues(tx, row, issues, guardSiblings);
      if (!stored && guardSiblings) throw new StaleSibling();
      continue;
    }
    const [written] = await tx.translation.updateManyAndReturn({
      where: { id: current.id, version: current.version },
      data: {
        text,
        state,
        origin,
        version,
        textAuthorId: p.textAuthorId,
        updatedById: o.actor.id,
        ...issueColumns(issues),
        ...(effort ?? {}),
        ...stateFields(state, text, o.reason),
      },
      select: { updatedAt: true },
    });
    if (!written) throw await conflictNow(tx, current.id);
    updatedAt = written.updatedAt;
  }
  if (!updatedAt) throw new AppError("TRANSLATION_NOT_FOUND");
  const { action, reason, override } = approval;
  await tx.revision.create({
    data: {
      translationId: current.id,
      version,
      text,
      state,
      origin,
      action,
      reason,
      editSeconds: o.editSeconds ?? null,
      authorId: o.actor.id,
      wroteText: p.textChanged,
    },
    select: { id: true },
  });
  if (state === "approved")
    await feedMemory(tx, { translationId: current.id, segmentId: current.segmentId, lang: current.lang, text });
  await recordEvent(tx, {
    actorId: o.actor.id,
    action: `translation.${action}` as const,
    entityType: "translation",
    entityId: current.id,
    articleId: current.articleId,
    data: {
      lang: p.lang,
      from: current.state,
      to: state,
      ...(reason ? { reason } : {}),
      ...(override ? { overridden: approval.overridden.map((i) => i.code) } : {}),
    },
  });
  // Last of the step's writes: the day's shared sums stay locked (PostgreSQL) until the commit. A confirm's
  // repeats come after it, but take only rows nobody else holds (claim-free-segments.ts), so never wait.
  if (effort) await shiftEffortDays(tx, [{ lang: current.lang, before: current, after: effort }]);
  return {
    id: current.id,
    text,
    state,
    version,
    updatedAt: updatedAt.toISOString(),
    issues: Object.fromEntries(checked.rows.map((r) => [r.lang, issueColumns(checked.byLang[r.lang])])),
  };
}

/** The version moved between the read and the write: the conflict, with what is there now. */
async function conflictNow(tx: Prisma.TransactionClient, id: string): Promise<AppError> {
  const now = await tx.translation.findUnique({ where: { id } });
  return now ? stepConflict(tx, now) : new AppError("TRANSLATION_NOT_FOUND");
}
