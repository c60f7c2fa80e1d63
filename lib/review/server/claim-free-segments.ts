import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Of these segments, those whose translation rows (every language) this transaction could lock without
 * waiting — PostgreSQL `FOR UPDATE SKIP LOCKED`, in id order. A row someone else is writing right now
 * (two people confirming repeats of each other at the same instant) is skipped rather than waited for:
 * waiting there is a deadlock, and that person's own write wins anyway. SQLite has one writer at a time,
 * so every segment is free there.
 */
export async function claimFreeSegments(tx: Prisma.TransactionClient, segmentIds: string[]): Promise<Set<string>> {
  if (!isPostgresUrl() || segmentIds.length === 0) return new Set(segmentIds);
  const locked = await tx.$queryRaw<{ segmentId: string }[]>`
    SELECT "segmentId" FROM "Translation" WHERE "segmentId" = ANY(${segmentIds}) ORDER BY "id" FOR UPDATE SKIP LOCKED`;
  const all = await tx.translation.findMany({ where: { segmentId: { in: segmentIds } }, select: { segmentId: true } });
  const count = (rows: { segmentId: string }[]) => {
    const n = new Map<string, number>();
    for (const r of rows) n.set(r.segmentId, (n.get(r.segmentId) ?? 0) + 1);
    return n;
  };
  const got = count(locked);
  const total = count(all);
  return new Set(segmentIds.filter((id) => (got.get(id) ?? 0) === total.get(id)));
}
