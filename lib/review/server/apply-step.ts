import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/action";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { feedMemory } from "@/lib/translation/server/feed-memory";
import { nextState, type Origin, type TranslationState, type WorkflowStep } from "@/lib/review/workflow";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/segment-issues";
import { effortFields } from "@/lib/review/effort-fields";
import { assertFourEyes } from "./four-eyes";
import { shiftEffortDays } from "./shift-effort-days";

import type { ConflictDetails, StepResult } from "@/lib/review/types";

export type { ConflictDetails, StepResult };

type Options = {
  translationId: string;
  expectedVersion: number;
  /** The step, or a function of the current row (approve without an edit approves the current text). */
  step: WorkflowStep | ((current: { text: string }) => WorkflowStep);
  actor: Actor;
  action: string; // the revision's action: save | confirm | approve | reject
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
  if (current.version !== o.expectedVersion) throw await conflict(tx, current);
  if (o.refuseRejected && current.state === "rejected") throw new AppError("REVIEW_REJECTED_IN_BULK");
  const step = typeof o.step === "function" ? o.step(current) : o.step;
  const text = "text" in step ? step.text : current.text;
  const state = nextState({ state: current.state as TranslationState, text: current.text }, step);
  // Nothing changes (a save of the same text, Ctrl+Enter on a segment already confirmed): no revision,
  // no new version — a reviewer who has it open must not get a conflict for nothing.
  if (state === current.state && text === current.text && (step.kind === "save" || step.kind === "confirm")) {
    return {
      id: current.id,
      text,
      state,
      version: current.version,
      updatedAt: current.updatedAt.toISOString(),
      issues: {},
    };
  }
  const textChanged = text !== current.text;
  const origin: Origin = textChanged ? "human" : (current.origin as Origin);
  const textAuthorId = textChanged ? o.actor.id : current.textAuthorId;
  if (state === "approved")
    await assertFourEyes(tx, { translationId: current.id, actorId: o.actor.id, editsNow: textChanged });
  const version = current.version + 1;
  const checked = await computeSegmentIssues(tx, current.segmentId, { translationId: current.id, text, state });
  const own = checked.byLang[current.lang as keyof typeof checked.byLang];
  const override = state === "approved" && own.errorCount > 0;
  if (override && !o.overrideReason?.trim()) {
    throw new AppError(
      "REVIEW_BLOCKING_ISSUES",
      { count: own.errorCount },
      own.issues.filter((i) => i.severity === "error"),
    );
  }
  const action = override ? "override" : o.action;
  const reason = override ? o.overrideReason!.trim() : (o.reason ?? null);
  const seconds = o.editSeconds ?? 0;
  // Effort is stored with the text it measures (the Effort page sums it): on a text change or editing time.
  const effort =
    textChanged || seconds > 0
      ? { ...effortFields(text, current.machineText, new Date()), editSeconds: current.editSeconds + seconds }
      : null;
  // Lock order: the segment's rows in id order (their issues), then this row again. Saving the German and
  // the English of one segment at once would otherwise lock the two rows in opposite orders and deadlock.
  await storeSegmentIssues(tx, { ...checked, rows: [...checked.rows].sort((a, b) => (a.id < b.id ? -1 : 1)) });
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
      ...(state === "approved" ? { approvedText: text, rejectReason: null } : {}),
      ...(state === "rejected" ? { rejectReason: o.reason ?? null } : {}),
      ...(state !== "rejected" && state !== "approved" ? { rejectReason: null } : {}),
    },
  });
  if (updated.count !== 1)
    throw await conflict(tx, await tx.translation.findUniqueOrThrow({ where: { id: current.id } }));
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
      wroteText: textChanged,
    },
  });
  if (state === "approved")
    await feedMemory(tx, { translationId: current.id, segmentId: current.segmentId, lang: current.lang, text });
  await recordEvent(tx, {
    actorId: o.actor.id,
    action: `translation.${action}`,
    entityType: "translation",
    entityId: current.id,
    articleId: current.articleId,
    data: {
      lang: current.lang,
      from: current.state,
      to: state,
      ...(reason ? { reason } : {}),
      ...(override ? { overridden: own.issues.filter((i) => i.severity === "error").map((i) => i.code) } : {}),
    },
  });
  // Last: the day's shared sums stay locked (PostgreSQL) only until the commit that follows.
  if (effort) await shiftEffortDays(tx, [{ lang: current.lang, before: current, after: effort }]);
  const row = await tx.translation.findUniqueOrThrow({ where: { id: current.id }, select: { updatedAt: true } });
  return {
    id: current.id,
    text,
    state,
    version,
    updatedAt: row.updatedAt.toISOString(),
    issues: Object.fromEntries(checked.rows.map((r) => [r.lang, summary(checked.byLang[r.lang])])),
  };
}

function summary(s: { issues: unknown[]; errorCount: number; warningCount: number }) {
  return { issues: JSON.stringify(s.issues), errorCount: s.errorCount, warningCount: s.warningCount };
}

async function conflict(
  tx: Prisma.TransactionClient,
  row: { text: string; state: string; version: number; updatedById: string | null; updatedAt: Date },
): Promise<AppError> {
  const by = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  const details: ConflictDetails = {
    text: row.text,
    state: row.state as TranslationState,
    version: row.version,
    updatedBy: by?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
  return new AppError("TRANSLATION_CONFLICT", { name: by?.name ?? "?" }, details);
}
