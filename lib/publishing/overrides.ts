// Errors a reviewer approved over with a reason ("overrides"): not open (lib/publishing/readiness.ts), but
// a publisher must have seen and confirmed every one of them before the text goes out. Pure.
import type { ErrorCode } from "@/lib/errors";
import type { ReadinessRow } from "./readiness";

/** A row whose errors were overridden: it still has errors, and its last revision is the override. */
export function isOverridden(row: ReadinessRow): boolean {
  return row.errorCount > 0 && row.lastAction === "override";
}

/**
 * Whether what the publisher confirmed is exactly the overrides that apply now (each named by the id of
 * its override revision, so a new override of the same segment is a different one). Nothing confirmed
 * while overrides apply: PUBLISH_OVERRIDES_UNCONFIRMED. Any difference (an override added, or one gone
 * since the page was loaded): PUBLISH_OVERRIDES_CHANGED. Null when publishing may go on.
 */
export function overrideRefusal(
  current: readonly string[],
  confirmed: readonly string[],
): { code: ErrorCode; params: Record<string, number> } | null {
  const now = new Set(current);
  const seen = new Set(confirmed);
  if (now.size > 0 && seen.size === 0) return { code: "PUBLISH_OVERRIDES_UNCONFIRMED", params: { count: now.size } };
  const same = now.size === seen.size && [...now].every((id) => seen.has(id));
  return same ? null : { code: "PUBLISH_OVERRIDES_CHANGED", params: { count: now.size } };
}
