import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseOrigin, parseTargetLang, parseTranslationState, type Actor, type TargetLang } from "@/lib/vocabulary";
import type { WorkflowStep } from "@/lib/review/workflow";
import { decideApproval, decideStep, type Approval, type StepAction } from "@/lib/review/decide-step";
import { effortFields, type EffortFields } from "@/lib/review/effort-fields";
import { cachedCheckOptions } from "@/lib/quality/server/check-options";
import { checkSegmentRows, type SegmentIssueResult } from "@/lib/quality/server/segment-issues";
import type { StepResult } from "@/lib/review/types";
import { assertFourEyes } from "./four-eyes";
import { readStepRows, type SegmentTranslation } from "./read-step-row";
import { stepConflict } from "./step-conflict";

export type StepOptions = {
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

/** What a step will write, decided and checked from the rows as read (write-step.ts writes it). */
export type PreparedStep = {
  current: SegmentTranslation;
  lang: TargetLang;
  text: string;
  state: ReturnType<typeof parseTranslationState>;
  origin: ReturnType<typeof parseOrigin>;
  textAuthorId: string | null;
  textChanged: boolean;
  checked: SegmentIssueResult;
  approval: Approval;
  effort: (EffortFields & { editSeconds: number }) | null;
};

/**
 * Reads (one statement), decides and checks a step without writing anything: the state machine, the
 * four-eyes rule, the quality checks with the cached options. Through `client` — the database before
 * the transaction, or a caller's transaction. A stale expected version is the conflict it always was;
 * the write re-checks the version (compare-and-set), so nothing decided here can land on a newer row.
 */
export async function prepareStep(
  client: Prisma.TransactionClient,
  o: StepOptions,
): Promise<{ unchanged: StepResult } | { prepared: PreparedStep }> {
  const read = await readStepRows(client, o.translationId);
  const { current } = read;
  if (current.version !== o.expectedVersion) throw await stepConflict(client, current);
  const step = typeof o.step === "function" ? o.step(current) : o.step;
  const lang = parseTargetLang(current.lang);
  const row = { ...current, state: parseTranslationState(current.state), origin: parseOrigin(current.origin) };
  const d = decideStep(row, step, o.actor.id, { refuseRejected: o.refuseRejected });
  const { state, text } = d;
  if (d.unchanged) {
    const updatedAt = current.updatedAt.toISOString();
    return { unchanged: { id: current.id, text, state, version: current.version, updatedAt, issues: {} } };
  }
  if (state === "approved")
    await assertFourEyes(client, { translationId: current.id, actorId: o.actor.id, editsNow: d.textChanged });
  const options = await cachedCheckOptions(client, read.checksVersion);
  const segment = { ...read.segment, translations: read.translations };
  const checked = checkSegmentRows(segment, options, { translationId: current.id, text, state });
  const approval = decideApproval(state, checked.byLang[lang], o);
  const seconds = o.editSeconds ?? 0;
  // Effort is stored with the text it measures (the Effort page sums it): on a text change or editing time.
  const effort =
    d.textChanged || seconds > 0
      ? { ...effortFields(text, current.machineText, new Date()), editSeconds: current.editSeconds + seconds }
      : null;
  const { origin, textAuthorId, textChanged } = d;
  return { prepared: { current, lang, text, state, origin, textAuthorId, textChanged, checked, approval, effort } };
}
