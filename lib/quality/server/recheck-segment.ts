import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedCheckOptions, readChecksVersion } from "./check-options";
import { checkSegmentRows, storeRowIssues, type SegmentIssueResult } from "./segment-issues";

/**
 * Checks one segment inside a transaction that is writing it (memory fills, repeats of a confirmed
 * segment): its rows are read in that transaction, so the result sees the writes made before. The
 * single save checks before its transaction instead (lib/review/server/prepare-step.ts).
 */
export async function computeSegmentIssues(
  tx: Prisma.TransactionClient,
  segmentId: string,
  pending?: { translationId: string; text: string; state: string },
): Promise<SegmentIssueResult> {
  const segment = await tx.segment.findUniqueOrThrow({
    where: { id: segmentId },
    select: {
      sourceText: true,
      kind: true,
      translations: { select: { id: true, lang: true, text: true, state: true, version: true } },
    },
  });
  const options = await cachedCheckOptions(tx, await readChecksVersion(tx));
  return checkSegmentRows(segment, options, pending);
}

/** Stores the result's issues on every row (no version guard: the caller's transaction wrote them). */
export async function storeSegmentIssues(tx: Prisma.TransactionClient, result: SegmentIssueResult): Promise<void> {
  for (const row of result.rows) await storeRowIssues(tx, row, result.byLang[row.lang], false);
}
