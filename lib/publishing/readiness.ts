// When a language of an article may be published: the one definition, used by the publish service
// (which refuses with the code), the publish overview and the page (which show it). Pure.
import type { ErrorCode } from "@/lib/errors";

/** What readiness needs of one translation row: its state, its errors, and the action of its last revision. */
export type ReadinessRow = {
  state: string;
  errorCount: number;
  lastAction: string | null | undefined;
  /** The source changed under this text (a new source version): it needs review again. */
  sourceChanged?: boolean;
};

/** A text the source changed under that nobody has approved since. */
export function awaitsSourceReview(row: ReadinessRow): boolean {
  return row.sourceChanged === true && row.state !== "approved";
}

/** An error is open unless a reviewer approved over it with a reason (the last revision is an override). */
export function isOpenError(row: ReadinessRow): boolean {
  return row.errorCount > 0 && row.lastAction !== "override";
}

export type Readiness = {
  total: number;
  approved: number;
  openErrors: number;
  /** Texts whose source changed and that await review (awaitsSourceReview). */
  sourceChanged: number;
  ready: boolean;
  /** Why it may not be published yet (the first reason, in the order the service checks), or null. */
  refusal: { code: ErrorCode; params: Record<string, number> } | null;
};

export function publishReadiness(rows: readonly ReadinessRow[]): Readiness {
  const total = rows.length;
  const approved = rows.filter((r) => r.state === "approved").length;
  const openErrors = rows.filter(isOpenError).length;
  const sourceChanged = rows.filter(awaitsSourceReview).length;
  const refusal: Readiness["refusal"] =
    total === 0
      ? { code: "PUBLISH_NOTHING_TO_PUBLISH", params: {} }
      : sourceChanged > 0
        ? { code: "PUBLISH_SOURCE_CHANGED", params: { count: sourceChanged } }
        : approved < total
          ? { code: "PUBLISH_NOT_APPROVED", params: { count: total - approved } }
          : openErrors > 0
            ? { code: "PUBLISH_OPEN_ERRORS", params: { count: openErrors } }
            : null;
  return { total, approved, openErrors, sourceChanged, ready: refusal === null, refusal };
}
