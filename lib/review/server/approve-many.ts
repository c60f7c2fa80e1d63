import "server-only";
import type { Actor } from "@/lib/action";
import { isAppError } from "@/lib/errors";
import type { StepResult } from "@/lib/review/types";
import { approveTranslation } from "./approve-translation";

export type BulkApproveResult = { approved: StepResult[]; skipped: { translationId: string; code: string }[] };

/**
 * Bulk approval of the selected translations that have no open error and were not rejected (a rejected
 * text needs a decision of its own, lib/review/bulk.ts). Each approval is its own
 * transaction: one refusal (an error, the four-eyes rule, a newer version) skips that segment only,
 * and says why; nothing is ever overridden in bulk.
 */
export async function approveMany(
  input: { items: { translationId: string; expectedVersion: number }[] },
  actor: Actor,
): Promise<BulkApproveResult> {
  const result: BulkApproveResult = { approved: [], skipped: [] };
  for (const item of input.items) {
    try {
      result.approved.push(await approveTranslation({ ...item, bulk: true }, actor));
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.skipped.push({ translationId: item.translationId, code: error.code });
    }
  }
  return result;
}
