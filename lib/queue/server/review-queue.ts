import "server-only";
import { db } from "@/lib/db";
import { SECTION_LIMIT, orderQueue, type QueueItem } from "@/lib/queue/sections";
import { describeItems, type Found } from "./describe-items";

const LISTED = { state: { notIn: ["archived", "importing"] } };

/**
 * A reviewer's queue: texts awaiting review ("translated"), per article language with their number,
 * the longest waiting first (the (state, updatedAt) index); languages assigned to me for review first.
 */
export async function loadReviewQueue(userId: string): Promise<QueueItem[]> {
  const [waiting, mine] = await Promise.all([
    db.translation.groupBy({
      by: ["articleId", "lang"],
      where: { state: "translated", article: LISTED },
      _count: { _all: true },
      _min: { updatedAt: true },
      orderBy: { _min: { updatedAt: "asc" } },
      take: SECTION_LIMIT,
    }),
    db.assignment.findMany({
      where: { reviewerId: userId, article: LISTED },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: SECTION_LIMIT,
      select: { articleId: true, lang: true },
    }),
  ]);
  const found = new Map<string, Found>(
    waiting.map((w) => [
      `${w.articleId}:${w.lang}`,
      { articleId: w.articleId, lang: w.lang, count: w._count._all, since: w._min.updatedAt },
    ]),
  );
  const missing = mine.filter((m) => !found.has(`${m.articleId}:${m.lang}`));
  if (missing.length) {
    const counts = await db.translation.groupBy({
      by: ["articleId", "lang"],
      where: { state: "translated", articleId: { in: missing.map((m) => m.articleId) } },
      _count: { _all: true },
      _min: { updatedAt: true },
    });
    for (const c of counts) {
      const key = `${c.articleId}:${c.lang}`;
      if (missing.some((m) => `${m.articleId}:${m.lang}` === key))
        found.set(key, { articleId: c.articleId, lang: c.lang, count: c._count._all, since: c._min.updatedAt });
    }
  }
  return orderQueue(await describeItems([...found.values()], userId, "reviewerId")).slice(0, SECTION_LIMIT);
}

/**
 * What I rejected that came back: texts whose last rejection was mine and that changed since (no longer
 * rejected, not approved yet), per article language. Reads my latest rejections through the
 * (authorId, action, createdAt) index, at most 200 of them.
 */
export async function loadReturnedQueue(userId: string): Promise<QueueItem[]> {
  const rejections = await db.revision.findMany({
    where: {
      authorId: userId,
      action: "reject",
      translation: { state: { notIn: ["rejected", "approved"] }, article: LISTED },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { version: true, translation: { select: { id: true, articleId: true, lang: true, version: true } } },
  });
  const seen = new Set<string>();
  const found = new Map<string, Found>();
  for (const r of rejections) {
    const t = r.translation;
    if (seen.has(t.id) || t.version <= r.version) continue;
    seen.add(t.id);
    const key = `${t.articleId}:${t.lang}`;
    const f = found.get(key) ?? { articleId: t.articleId, lang: t.lang, count: 0 };
    f.count += 1;
    found.set(key, f);
  }
  return orderQueue(await describeItems([...found.values()], userId, "reviewerId")).slice(0, SECTION_LIMIT);
}
