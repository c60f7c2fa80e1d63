// Bulk inserts for big imports. Prisma's createMany spends about 0.3 ms of main-thread CPU per row
// building its query (measured: 100 segment rows = 30 ms CPU, a plain multi-row INSERT = 6 ms); a
// 5,000-line article is 15,000+ rows. So big imports insert through one parameterised multi-row
// statement per slice of rows, and give other requests a turn between slices.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { pacer } from "./yield";

/** Rows per statement: one statement is a slice of ~2 ms of main-thread work (25: measured best in bench:contention). */
export const ROWS_PER_STATEMENT = 25;
/** Bound parameters per statement when nobody needs a turn in between (one short transaction). */
export const PARAMS_PER_STATEMENT = 30_000; // below SQLite's 32,766 and PostgreSQL's 65,535

/** The database or a transaction: anything that runs a raw statement. */
export type RawWriter = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * INSERT of `rows` (values in `columns` order) into `table`. Table and column names are constants of
 * the caller (quoted here, never user data); every value is a bound parameter. Each statement is
 * atomic on its own; callers that need all-or-nothing remove what they wrote on failure. A job that
 * inserts in several calls passes one pacer (lib/yield.ts) to all, so its other work between them counts.
 * `perStatement` "bulk": as many rows per statement as the parameter limit allows (inside one short
 * transaction, where resting between statements would only hold the transaction open longer).
 */
export async function insertRows(
  db: RawWriter,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  rest: () => Promise<void> = pacer(),
  perStatement: number | "bulk" = ROWS_PER_STATEMENT,
): Promise<void> {
  const into = Prisma.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `);
  const step = perStatement === "bulk" ? Math.max(1, Math.floor(PARAMS_PER_STATEMENT / columns.length)) : perStatement;
  for (let i = 0; i < rows.length; i += step) {
    const values = rows.slice(i, i + step).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await db.$executeRaw`${into}${Prisma.join(values)}`;
    await rest();
  }
}

function quote(identifier: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`not an identifier: ${identifier}`);
  return `"${identifier}"`;
}
