import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { insertRows, ROWS_PER_STATEMENT } from "@/lib/db-insert";
import { pacer } from "@/lib/yield";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { TMX_UPLOAD_MAX_BYTES } from "@/lib/uploads/limits";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { runSlicedTask } from "@/lib/worker/run-task";
import type { TmxSkipped } from "@/lib/translation/tmx";
import { indexImportedUnits, stagedWords } from "./index-imported-units";

export type MemoryImportResult = { created: number; updated: number; skipped: number; skippedBy: TmxSkipped };

const STAGE_COLUMNS = ["id", "batchId", "hash", "vi", "viLength", "de", "en", "createdAt"] as const;
const WORD_COLUMNS = ["batchId", "hash", "word", "createdAt"] as const;
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
// The merge also writes the units' index rows (~|source| + 2 grams and ~20 words a unit, computed by the
// database in two statements): Prisma's default 5 s for a transaction is too short for a big file on a
// loaded machine, so it grows with the file (50,000 units, the most a file may hold: 60 s).
const mergeTimeout = (units: number) => 10_000 + units;

/**
 * TMX units into the memory, all or nothing, without holding the database for the length of the file:
 * parsed and keyed first (in a worker thread when big), staged in short statements, then merged by ONE
 * statement in one short transaction with its audit row. A unit's German or English text replaces the
 * stored one for the same normalised source; a language the file lacks is kept. The units' index rows
 * (fuzzy grams, concordance words) are written in the merge's transaction. A failure anywhere leaves
 * the memory as it was.
 */
export async function importMemory(input: { xml: string | Uint8Array }, actor: Actor): Promise<MemoryImportResult> {
  assertUploadSize(input.xml, "tmx");
  const size = typeof input.xml === "string" ? input.xml.length : input.xml.byteLength;
  const run = await runSlicedTask("tmx", [input.xml, TMX_UPLOAD_MAX_BYTES], size);
  const batchId = randomUUID();
  const now = new Date();
  try {
    const abandoned = { createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } };
    await db.tmImportRow.deleteMany({ where: abandoned });
    await db.tmImportWord.deleteMany({ where: abandoned });
    let staged = 0;
    const rest = pacer(); // one pace for the whole import: decoding slices and building rows count too
    for await (const units of run.slices) {
      const rows = units.map((u) => [randomUUID(), batchId, u.hash, u.vi, u.viLength, u.de, u.en, now]);
      await insertRows(db, "TmImportRow", STAGE_COLUMNS, rows, rest);
      await insertRows(db, "TmImportWord", WORD_COLUMNS, stagedWords(batchId, units, now), rest);
      staged += units.length;
    }
    return await db.$transaction(
      async (tx) => {
        const [{ existing }] = await tx.$queryRaw<[{ existing: number | bigint }]>`SELECT COUNT(*) AS "existing"
        FROM "TmImportRow" s WHERE s."batchId" = ${batchId} AND EXISTS (SELECT 1 FROM "TmEntry" t WHERE t."hash" = s."hash")`;
        await tx.$executeRaw`INSERT INTO "TmEntry" ("id", "hash", "vi", "viLength", "de", "en", "createdAt", "updatedAt")
        SELECT "id", "hash", "vi", "viLength", "de", "en", "createdAt", "createdAt" FROM "TmImportRow" WHERE "batchId" = ${batchId}
        ON CONFLICT ("hash") DO UPDATE SET "de" = COALESCE(excluded."de", "TmEntry"."de"),
          "en" = COALESCE(excluded."en", "TmEntry"."en"), "updatedAt" = excluded."updatedAt"`;
        await indexImportedUnits(tx, batchId);
        const updated = Number(existing);
        const { skipped, skippedBy } = run.head;
        const result = { created: staged - updated, updated, skipped, skippedBy };
        await recordEvent(tx, {
          actorId: actor.id,
          action: "memory.import",
          entityType: "tmEntry",
          entityId: "tmx",
          data: result,
        });
        return result;
      },
      { timeout: mergeTimeout(staged) },
    );
  } finally {
    run.close();
    await unstage(batchId).catch((cleanup: unknown) => {
      console.error("[import] staged TMX units were not removed; they are swept after an hour", batchId, cleanup);
    });
  }
}

/** Deletes a batch's staged rows a slice at a time (one statement over 20,000 rows holds SQLite for long). */
async function unstage(batchId: string): Promise<void> {
  const rest = pacer();
  for (;;) {
    const deleted = await db.$executeRaw`DELETE FROM "TmImportRow" WHERE "id" IN
      (SELECT "id" FROM "TmImportRow" WHERE "batchId" = ${batchId} LIMIT ${ROWS_PER_STATEMENT * 10})`;
    const words = await db.$executeRaw`DELETE FROM "TmImportWord" WHERE "batchId" = ${batchId} AND "hash" IN
      (SELECT "hash" FROM "TmImportWord" WHERE "batchId" = ${batchId} LIMIT ${ROWS_PER_STATEMENT * 10})`;
    if (deleted === 0 && words === 0) return;
    await rest();
  }
}
