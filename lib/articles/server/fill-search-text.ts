import "server-only";
import { db } from "@/lib/db";
import { searchTextOf } from "@/lib/articles/search-text";

// Articles from before the search column have no stored search text (a migration cannot run the
// folding). Every import stores it (write-article.ts); this measures the old rows once, at server start,
// a few articles per short statement so neither the database nor the event loop is held for long.
const BATCH = 20;
const PAUSE_MS = 20;
const MAX_BATCHES = 50_000; // a million articles per run; the next start goes on from there

/** Fills up to BATCH articles; returns how many were read. Compare-and-set: a row filled meanwhile is kept. */
export async function fillSearchTexts(limit = BATCH): Promise<number> {
  const articles = await db.article.findMany({
    where: { searchText: null, state: { not: "importing" } },
    take: limit,
    select: { id: true, title: true },
  });
  // One query for the batch's segments, not one per article.
  const segments = await db.segment.findMany({
    where: { articleId: { in: articles.map((a) => a.id) } },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
    select: { articleId: true, sourceText: true },
  });
  const sources = new Map<string, string[]>();
  for (const s of segments) {
    const list = sources.get(s.articleId) ?? [];
    list.push(s.sourceText);
    sources.set(s.articleId, list);
  }
  for (const a of articles) {
    const searchText = searchTextOf(a.title, sources.get(a.id) ?? []);
    await db.article.updateMany({ where: { id: a.id, searchText: null }, data: { searchText } });
  }
  return articles.length;
}

/** Runs until every article has its search text (older rows are not found by search before); never rejects. */
export async function fillAllSearchTexts(): Promise<number> {
  let total = 0;
  try {
    for (let batches = 0; batches < MAX_BATCHES; batches++) {
      const n = await fillSearchTexts();
      total += n;
      if (n < BATCH) break;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  } catch (error) {
    console.error("[search] filling the articles' search text failed", error);
  }
  return total;
}
