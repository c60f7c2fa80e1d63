import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrigin, parseTargetLang, parseTranslationState, type Actor } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { feedMemory } from "@/lib/translation/server/feed-memory";
import type { WorkflowStep } from "@/lib/review/workflow";
import { decideApproval, decideStep, stateFields, type StepAction } from "@/lib/review/decide-step";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/segment-issues";
import { effortFields } from "@/lib/review/effort-fields";
import { assertFourEyes } from "./four-eyes";
import { shiftEffortDays } from "./shift-effort-days";
import { stepConflict } from "./step-conflict";

import type { ConflictDetails, StepResult } from "@/lib/review/types";

export type { ConflictDetails, StepResult };

type Options = {
  translationId: string;
  expectedVersion: number;
  /** The step, or a function of the current row (approve without an edit approves the current text). */
  step: WorkflowStep | ((current: { text: string }) => WorkflowStep);
  actor: Actor;
  action: StepAction; // the revision's action (an approval over errors becomes "override")
  editSeconds?: number;
  reason?: string | null;
  /** Approve despite blocking (error) issues; the reason is recorded on the revision. */
  overrideReason?: string | null;
  /** Refuse to approve a rejected text (bulk approval: a rejection is never undone without a look). */
  refuseRejected?: boolean;
};

/**
 * Every human change to a translation goes through here: the state machine decides, the row is updated
 * only if nobody else wrote it since the caller loaded it (version compare-and-set), and the revision and
 * audit row are written in the same transaction. A stale version is a TRANSLATION_CONFLICT carrying the
 * other person's text, so the UI can show both and let the user choose.
 */
export async function applyStep(o: Options): Promise<StepResult> {
  return db.$transaction((tx) => applyStepTx(tx, o));
}

/** The same inside a caller's transaction (a batch of steps that must succeed or fail together). */
export async function applyStepTx(tx: Prisma.TransactionClient, o: Options): Promise<StepResult> {
  const current = await tx.translation.findUnique({ where: { id: o.translationId } });
  if (!current) throw new AppError("TRANSLATION_NOT_FOUND");
  if (current.version !== o.expectedVersion) throw await stepConflict(tx, current);
  const step = typeof o.step === "function" ? o.step(current) : o.step;
  const lang = parseTargetLang(current.lang);
  const row = { ...current, state: parseTranslationState(current.state), origin: parseOrigin(current.origin) };
  const d = decideStep(row, step, o.actor.id, { refuseRejected: o.refuseRejected });
  const { state, text } = d;
  const stamp = { id: current.id, text, state, version: current.version, updatedAt: current.updatedAt };
  if (d.unchanged) return { ...stamp, updatedAt: stamp.updatedAt.toISOString(), issues: {} };
  if (state === "approved")
    await assertFourEyes(tx, { translationId: current.id, actorId: o.actor.id, editsNow: d.textChanged });
  const version = current.version + 1;
  const checked = await computeSegmentIssues(tx, current.segmentId, { translationId: current.id, text, state });
  const approval = decideApproval(state, checked.byLang[lang], o);
  const seconds = o.editSeconds ?? 0;
  // Effort is stored with the text it measures (the Effort page sums it): on a text change or editing time.
  const effort =
    d.textChanged || seconds > 0
      ? { ...effortFields(text, current.machineText, new Date()), editSeconds: current.editSeconds + seconds }
      : null;
  // Lock order: the segment's rows in id order (their issues), then this row again. Saving the German and
  // the English of one segment at once would otherwise lock the two rows in opposite orders and deadlock.
  await storeSegmentIssues(tx, { ...checked, rows: [...checked.rows].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  const { origin, textAuthorId } = d;
  const updated = await tx.translation.updateMany({
    where: { id: current.id, version: current.version },
    data: {
      text,
      state,
      origin,
      version,
      textAuthorId,
      updatedById: o.actor.id,
      ...(effort ?? {}),
      ...stateFields(state, text, o.reason),
    },
  });
  if (updated.count !== 1)
    throw await stepConflict(tx, await tx.translation.findUniqueOrThrow({ where: { id: current.id } }));
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
      wroteText: d.textChanged,
    },
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
      lang,
      from: current.state,
      to: state,
      ...(reason ? { reason } : {}),
      ...(override ? { overridden: approval.overridden.map((i) => i.code) } : {}),
    },
  });
  // Last: the day's shared sums stay locked (PostgreSQL) only until the commit that follows.
  if (effort) await shiftEffortDays(tx, [{ lang: current.lang, before: current, after: effort }]);
  const after = await tx.translation.findUniqueOrThrow({ where: { id: current.id }, select: { updatedAt: true } });
  return {
    ...stamp,
    version,
    updatedAt: after.updatedAt.toISOString(),
    issues: Object.fromEntries(checked.rows.map((r) => [r.lang, summary(checked.byLang[r.lang])])),
  };
}

function summary(s: { issues: unknown[]; errorCount: number; warningCount: number }) {
  return { issues: JSON.stringify(s.issues), errorCount: s.errorCount, warningCount: s.warningCount };
}
