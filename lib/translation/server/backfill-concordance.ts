import "server-only";
import { db } from "@/lib/db";
import { indexApprovedSegment, indexMemoryUnits } from "./index-memory";

const BATCH = 500;

/**
 * Concordance words for what was stored before the word index existed (the tm_index migration back-fills
 * the fuzzy grams in SQL, but the words need the folding of lib/translation/concordance.ts): every memory
 * unit and every segment with an approved translation, a batch of 500 at a time in its own transaction,
 * by id order. Idempotent (a word already there stays), so it can run again after an interruption.
 * `scripts/backfill-concordance.ts` runs it once after upgrading.
 */
export async function backfillConcordance(): Promise<{ units: number; segments: number }> {
  let units = 0;
  for (let after = ""; ;) {
    const rows = await db.tmEntry.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, vi: true, viLength: true, de: true, en: true },
    });
    if (rows.length === 0) break;
    await db.$transaction((tx) => indexMemoryUnits(tx, rows));
    units += rows.length;
    after = rows.at(-1)!.id;
  }
  let segments = 0;
  for (let after = ""; ;) {
    const rows = await db.segment.findMany({
      where: { id: { gt: after }, translations: { some: { state: "approved" } } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, sourceText: true, translations: { where: { state: "approved" }, select: { text: true } } },
    });
    if (rows.length === 0) break;
    await db.$transaction(async (tx) => {
      for (const s of rows) await indexApprovedSegment(tx, s.id, [s.sourceText, ...s.translations.map((t) => t.text)]);
    });
    segments += rows.length;
    after = rows.at(-1)!.id;
  }
  return { units, segments };
}
