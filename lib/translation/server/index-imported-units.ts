import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indexMemoryUnits } from "./index-memory";

const UNITS_PER_READ = 1_000;

/**
 * The index rows of a merged TMX batch (lib/translation/server/import-memory.ts), in its transaction: a
 * unit that kept its staged id is new (grams and words), one that matched a stored unit gets the words of
 * its new targets. Read a thousand units at a time by staged id, so a big file never sits in memory whole.
 */
export async function indexImportedUnits(tx: Prisma.TransactionClient, batchId: string): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await tx.$queryRaw<
      { stagedId: string; id: string; vi: string; viLength: number | bigint; de: string | null; en: string | null }[]
    >`SELECT s."id" AS "stagedId", t."id", t."vi", t."viLength", s."de", s."en"
      FROM "TmImportRow" s JOIN "TmEntry" t ON t."hash" = s."hash"
      WHERE s."batchId" = ${batchId} AND s."id" > ${after} ORDER BY s."id" LIMIT ${UNITS_PER_READ}`;
    if (rows.length === 0) return;
    await indexMemoryUnits(
      tx,
      rows.map((r) => ({ ...r, viLength: Number(r.viLength), known: r.stagedId !== r.id })),
    );
    after = rows[rows.length - 1]!.stagedId;
  }
}
