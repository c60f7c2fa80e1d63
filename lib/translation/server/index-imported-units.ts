import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { indexWords } from "@/lib/translation/concordance";
import type { KeyedTmUnit } from "@/lib/translation/prepare-tmx";
import { insertGramsOf } from "./insert-grams-sql";

/** Staged concordance words of TMX units: [batchId, hash, word, createdAt] rows for "TmImportWord". */
export function stagedWords(batchId: string, units: readonly KeyedTmUnit[], now: Date): unknown[][] {
  return units.flatMap((u) => indexWords(u.vi, u.de, u.en).map((w) => [batchId, u.hash, w, now]));
}

/**
 * The index rows of a merged TMX batch (lib/translation/server/import-memory.ts), in its transaction, by
 * two statements: the grams of the units that are new (they kept their staged id), and the staged words
 * of every unit of the batch, new or updated (a word already indexed stays as it is).
 */
export async function indexImportedUnits(tx: Prisma.TransactionClient, batchId: string): Promise<void> {
  await insertGramsOf(tx, Prisma.sql`SELECT s."id" FROM "TmImportRow" s WHERE s."batchId" = ${batchId}`);
  await tx.$executeRaw`INSERT INTO "ConcordanceWord" ("word", "kind", "refId")
    SELECT w."word", 'tm', t."id" FROM "TmImportWord" w JOIN "TmEntry" t ON t."hash" = w."hash"
    WHERE w."batchId" = ${batchId}
    ON CONFLICT DO NOTHING`;
}
