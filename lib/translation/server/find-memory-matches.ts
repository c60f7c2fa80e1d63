import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findFuzzy } from "@/lib/translation";
import { gramBound, gramPlan, gramsOf, pairBound, sharedGrams } from "@/lib/translation/tm-grams";
import { commonRank } from "@/lib/translation/tm-gram-rank";
import { tmKey } from "./tm-key";

export type MemoryMatch = { id: string; score: number; vi: string; de: string | null; en: string | null };
export const FUZZY_MIN = 0.75;

type Unit = { id: string; vi: string; de: string | null; en: string | null };

/**
 * Memory units whose Vietnamese source is ≥ 75 % similar to `source`, best first — every one of them, not
 * the first of a capped scan. Candidates come from the gram index (lib/translation/tm-grams.ts: a unit of
 * a length that can match, holding enough of the query's less common grams), are checked against the
 * exact shared-gram bound for their length, then scored by the banded Levenshtein of findFuzzy.
 */
export async function findMemoryMatchesFor(source: string, limit = 5): Promise<MemoryMatch[]> {
  const key = tmKey(source);
  if (!key.vi) return [];
  const bound = gramBound(key.viLength, FUZZY_MIN);
  const grams = gramsOf(key.vi);
  const plan = gramPlan(grams, bound.shared, commonRank);
  const rows = await db.$queryRaw<Unit[]>`SELECT e."id", e."vi", e."de", e."en" FROM "TmEntry" e JOIN (
      SELECT "entryId" FROM "TmGram" WHERE "gram" IN (${Prisma.join(plan.lookup)})
        AND "viLength" BETWEEN ${bound.minLength} AND ${bound.maxLength}
      GROUP BY "entryId" HAVING COUNT(*) >= ${plan.need}
    ) c ON c."entryId" = e."id"`;
  const candidates = rows.filter((r) => {
    const own = gramsOf(r.vi);
    return sharedGrams(grams, own) >= pairBound(key.viLength, own.length - 2, FUZZY_MIN);
  });
  const matches = findFuzzy(
    key.vi,
    candidates.map((r) => ({ ...r, source: r.vi })),
    { min: FUZZY_MIN, limit },
  );
  return matches.map(({ candidate: c, score }) => ({ id: c.id, score, vi: c.vi, de: c.de, en: c.en }));
}

/** The memory matches of a segment's source. */
export async function findMemoryMatches(input: {
  segmentId: string;
  limit?: number;
}): Promise<{ source: string; matches: MemoryMatch[] }> {
  const segment = await db.segment.findUnique({ where: { id: input.segmentId }, select: { sourceText: true } });
  if (!segment) throw new AppError("SEGMENT_NOT_FOUND");
  return { source: segment.sourceText, matches: await findMemoryMatchesFor(segment.sourceText, input.limit ?? 5) };
}
