import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findFuzzy } from "@/lib/translation";
import { tmKey } from "./tm-key";

export type MemoryMatch = { id: string; score: number; vi: string; de: string | null; en: string | null };
export const FUZZY_MIN = 0.75;

/**
 * Memory units whose Vietnamese source is ≥ 75 % similar to the segment's, best first. Only units of a
 * length that could reach the threshold are read (|a − b| ≤ 25 % of the longer), so the scan stays small.
 */
export async function findMemoryMatches(input: {
  segmentId: string;
  limit?: number;
}): Promise<{ source: string; matches: MemoryMatch[] }> {
  const segment = await db.segment.findUnique({ where: { id: input.segmentId }, select: { sourceText: true } });
  if (!segment) throw new AppError("SEGMENT_NOT_FOUND");
  const key = tmKey(segment.sourceText);
  const min = Math.floor(key.viLength * FUZZY_MIN);
  const max = Math.ceil(key.viLength / FUZZY_MIN);
  const rows = await db.tmEntry.findMany({
    where: { viLength: { gte: min, lte: max } },
    take: 20_000,
    select: { id: true, vi: true, de: true, en: true },
  });
  const matches = findFuzzy(
    key.vi,
    rows.map((r) => ({ ...r, source: r.vi })),
    { min: FUZZY_MIN, limit: input.limit ?? 5 },
  );
  return {
    source: segment.sourceText,
    matches: matches.map(({ candidate: c, score }) => ({ id: c.id, score, vi: c.vi, de: c.de, en: c.en })),
  };
}
