import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { gramsOf } from "@/lib/translation/tm-grams";
import { indexWords } from "@/lib/translation/concordance";

type Tx = Prisma.TransactionClient;

// 400 rows × 3 values = 1,200 parameters a statement: well under SQLite's and PostgreSQL's limits, and
// a unit's grams (its length + 2) mostly go in one statement.
const ROWS_PER_STATEMENT = 400;

/** INSERT … ON CONFLICT DO NOTHING (both databases): writing an index row twice is harmless. */
async function insertIgnore(tx: Tx, table: "TmGram" | "ConcordanceWord", rows: unknown[][]): Promise<void> {
  const columns = table === "TmGram" ? `"gram", "viLength", "entryId"` : `"word", "kind", "refId"`;
  const into = Prisma.raw(`INSERT INTO "${table}" (${columns}) VALUES `);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await tx.$executeRaw`${into}${Prisma.join(values)} ON CONFLICT DO NOTHING`;
  }
}

export type IndexedUnit = { id: string; vi: string; viLength: number; de?: string | null; en?: string | null };

/**
 * The index rows of memory units, written in the caller's transaction with the units themselves:
 * the fuzzy grams of the source and the concordance words of source and targets.
 */
export async function indexMemoryUnits(tx: Tx, units: readonly IndexedUnit[]): Promise<void> {
  const grams: unknown[][] = [];
  const words: unknown[][] = [];
  for (const u of units) {
    for (const g of gramsOf(u.vi)) grams.push([g, u.viLength, u.id]);
    for (const w of indexWords(u.vi, u.de, u.en)) words.push([w, "tm", u.id]);
  }
  await insertIgnore(tx, "TmGram", grams);
  await insertIgnore(tx, "ConcordanceWord", words);
}

/** The concordance words of an approved segment: its source and the approved text. */
export async function indexApprovedSegment(tx: Tx, segmentId: string, texts: readonly string[]): Promise<void> {
  await insertIgnore(
    tx,
    "ConcordanceWord",
    indexWords(...texts).map((w) => [w, "segment", segmentId]),
  );
}
