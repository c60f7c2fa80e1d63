import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";

// How far back the recent approvals are read: enough rows to find `limit` articles when an article's
// segments were approved together, still one bounded read on the (state, updatedAt) index.
const ROWS_PER_ARTICLE = 8;

/**
 * Articles whose approved text in `lang` changed after their latest publication in `lang`: the most
 * recently approved texts (bounded), kept where a publication exists and is older than the text.
 */
export async function changedSincePublication(lang: TargetLang, limit: number): Promise<string[]> {
  const recent = await db.translation.findMany({
    where: { state: "approved", lang },
    orderBy: { updatedAt: "desc" },
    take: limit * ROWS_PER_ARTICLE,
    select: { articleId: true, updatedAt: true },
  });
  const latestText = new Map<string, Date>();
  for (const r of recent) if (!latestText.has(r.articleId)) latestText.set(r.articleId, r.updatedAt);
  const ids = [...latestText.keys()].slice(0, limit);
  if (!ids.length) return [];
  const published = await db.publication.groupBy({
    by: ["articleId"],
    where: { articleId: { in: ids }, lang },
    _max: { publishedAt: true },
  });
  return published
    .filter((p) => p._max.publishedAt && p._max.publishedAt < latestText.get(p.articleId)!)
    .map((p) => p.articleId);
}
