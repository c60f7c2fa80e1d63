import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { effortDeltas, type EffortChange } from "@/lib/review/effort-rollup";

/**
 * Applies the changes of stored effort to EffortDay inside the writer's transaction. One upsert per day
 * and language touched (INSERT … ON CONFLICT: the same SQL on SQLite and PostgreSQL, and two writers
 * creating today's row at once cannot collide), in key order so concurrent writers never deadlock.
 */
export async function shiftEffortDays(tx: Prisma.TransactionClient, changes: readonly EffortChange[]): Promise<void> {
  for (const d of effortDeltas(changes)) {
    const s = d.sums;
    await tx.$executeRaw`INSERT INTO "EffortDay" ("day", "lang", "week", "segments", "words", "seconds", "baseSegments", "baseWords", "edits")
      VALUES (${d.day}, ${d.lang}, ${d.week}, ${s.segments}, ${s.words}, ${s.seconds}, ${s.baseSegments}, ${s.baseWords}, ${s.edits})
      ON CONFLICT ("day", "lang") DO UPDATE SET "segments" = "EffortDay"."segments" + excluded."segments",
        "words" = "EffortDay"."words" + excluded."words", "seconds" = "EffortDay"."seconds" + excluded."seconds",
        "baseSegments" = "EffortDay"."baseSegments" + excluded."baseSegments",
        "baseWords" = "EffortDay"."baseWords" + excluded."baseWords", "edits" = "EffortDay"."edits" + excluded."edits"`;
    // A day its last translation left is gone, as if rebuilt from scratch (rebuild-effort-days.ts).
    if (s.segments < 0) await tx.effortDay.deleteMany({ where: { day: d.day, lang: d.lang, segments: 0 } });
  }
}
