import "server-only";
import { db } from "@/lib/db";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { SECTION_LIMIT, orderQueue, type QueueItem } from "@/lib/queue/sections";
import { OPEN_STATES } from "@/lib/review/next-open";
import { describeItems, type Found } from "./describe-items";

const LISTED = { state: { notIn: ["archived", "importing"] } };

/**
 * A translator's queue: the languages assigned to them, then unassigned ones, that still have open
 * segments (untranslated, machine, draft or rejected); the rejected ones counted apart. Bounded: at most
 * SECTION_LIMIT lines of each kind, each found by an indexed query.
 */
export async function loadTranslateQueue(userId: string): Promise<QueueItem[]> {
  const mine = await db.assignment.findMany({
    where: { translatorId: userId, article: LISTED },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: SECTION_LIMIT * 2,
    select: { articleId: true, lang: true },
  });
  const unassigned = await Promise.all(
    TARGET_LANGS.map(async (lang) => {
      const rows = await db.article.findMany({
        where: {
          ...LISTED,
          translations: { some: { lang, state: { in: [...OPEN_STATES] } } },
          assignments: { none: { lang, translatorId: { not: null } } },
        },
        orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        take: SECTION_LIMIT,
        select: { id: true },
      });
      return rows.map((r) => ({ articleId: r.id, lang }));
    }),
  );
  const pairs = [...mine, ...unassigned.flat()];
  const counts = await openCounts(pairs);
  const found: Found[] = pairs.flatMap((p) => {
    const c = counts.get(`${p.articleId}:${p.lang}`);
    return c && c.open > 0 ? [{ ...p, count: c.open, extra: c.rejected }] : [];
  });
  return orderQueue(await describeItems(found, userId, "translatorId")).slice(0, SECTION_LIMIT);
}

async function openCounts(pairs: readonly { articleId: string }[]) {
  const rows = await db.translation.groupBy({
    by: ["articleId", "lang", "state"],
    where: { articleId: { in: [...new Set(pairs.map((p) => p.articleId))] }, state: { in: [...OPEN_STATES] } },
    _count: { _all: true },
  });
  const counts = new Map<string, { open: number; rejected: number }>();
  for (const r of rows) {
    const c = counts.get(`${r.articleId}:${r.lang}`) ?? { open: 0, rejected: 0 };
    c.open += r._count._all;
    if (r.state === "rejected") c.rejected += r._count._all;
    counts.set(`${r.articleId}:${r.lang}`, c);
  }
  return counts;
}
