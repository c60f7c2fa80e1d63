import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { pacer } from "@/lib/yield";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { TMX_UPLOAD_MAX_BYTES } from "@/lib/uploads/limits";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { runSlicedTask } from "@/lib/worker/run-task";
import type { TmxSkipped } from "@/lib/translation/tmx";
import { indexImportedUnits } from "./index-imported-units";
import { stageTmxUnits } from "./stage-tmx-units";

export type MemoryImportResult = { created: number; updated: number; skipped: number; skippedBy: TmxSkipped };

const ABANDONED_AFTER_MS = 60 * 60 * 1000;
// Staged rows deleted a statement (a unit's row only: its words are no longer staged), ~10 ms on SQLite.
const UNSTAGE_ROWS = 1000;
// The merge also writes the units' index rows (~|source| + 2 grams and ~30 words a unit): 12,000 units of
// the e2e file are 1.2 million grams, measured (`npm run bench:tmx-import`) at a few seconds and up to
// ~15 s on a 2-core machine at load 16. A deadline that grows with the file still aborted correct imports
// on a loaded machine, so it is a fixed ceiling far above what the largest file (50,000 units) needs:
// it only ends a transaction that hangs, and a slow but correct import always finishes.
const MERGE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * TMX units into the memory, all or nothing, without holding the database for the length of the file:
 * parsed and keyed first (in a worker thread when big), staged in short statements, then merged by ONE
 * statement in one short transaction with its audit row. A unit's German or English text replaces the
 * stored one for the same normalised source; a language the file lacks is kept. The units' index rows
 * (fuzzy grams, concordance words, computed in the worker) are written in the merge's transaction. A failure anywhere leaves
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
    await db.tmImportWord.deleteMany({ where: abandoned }); // staged by earlier versions
    let staged = 0;
    const index: string[] = []; // per slice, JSON of the units' grams and words, written by the merge
    const rest = pacer(); // one pace for the whole import: decoding slices and building rows count too
    for await (const units of run.slices) {
      index.push(await stageTmxUnits(db, batchId, units, now));
      staged += units.length;
      await rest();
    }
    return await db.$transaction(
      async (tx) => {
        const [{ existing }] = await tx.$queryRaw<[{ existing: number | bigint }]>`SELECT COUNT(*) AS "existing"
        FROM "TmImportRow" s WHERE s."batchId" = ${batchId} AND EXISTS (SELECT 1 FROM "TmEntry" t WHERE t."hash" = s."hash")`;
        await tx.$executeRaw`INSERT INTO "TmEntry" ("id", "hash", "vi", "viLength", "de", "en", "createdAt", "updatedAt")
        SELECT "id", "hash", "vi", "viLength", "de", "en", "createdAt", "createdAt" FROM "TmImportRow" WHERE "batchId" = ${batchId}
        ON CONFLICT ("hash") DO UPDATE SET "de" = COALESCE(excluded."de", "TmEntry"."de"),
          "en" = COALESCE(excluded."en", "TmEntry"."en"), "updatedAt" = excluded."updatedAt"`;
        await indexImportedUnits(tx, index);
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
      { timeout: MERGE_TIMEOUT_MS },
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
      (SELECT "id" FROM "TmImportRow" WHERE "batchId" = ${batchId} LIMIT ${UNSTAGE_ROWS})`;
    if (deleted === 0) return;
    await rest();
  }
}
