import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type ConcordanceKind = "tm" | "segment";

/**
 * Ids (in id order, after `after`) of memory units or segments whose index holds every word: the first
 * (rarest) word's postings, each checked for the others by primary key — an index walk, never a scan.
 */
export async function concordanceCandidates(o: {
  kind: ConcordanceKind;
  words: readonly string[];
  after: string;
  take: number;
}): Promise<string[]> {
  const [first, ...rest] = o.words;
  const others = rest.map(
    (w) => Prisma.sql` AND EXISTS (SELECT 1 FROM "ConcordanceWord" b
      WHERE b."word" = ${w} AND b."kind" = ${o.kind} AND b."refId" = a."refId")`,
  );
  const rows = await db.$queryRaw<{ refId: string }[]>`SELECT a."refId" FROM "ConcordanceWord" a
    WHERE a."word" = ${first} AND a."kind" = ${o.kind} AND a."refId" > ${o.after}${others.length ? Prisma.join(others, "") : Prisma.empty}
    ORDER BY a."refId" LIMIT ${o.take}`;
  return rows.map((r) => r.refId);
}
