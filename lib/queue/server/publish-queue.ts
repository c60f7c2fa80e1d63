import "server-only";
import { db } from "@/lib/db";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { isOpenError } from "@/lib/publishing/readiness";
import { SECTION_LIMIT, orderQueue, type QueueItem } from "@/lib/queue/sections";
import { describeItems, type Found } from "./describe-items";

/**
 * A publisher's queue: languages with every segment approved and no open error (publishReadiness's
 * definition: an error a reviewer overrode is not open) that were never published, with the number of
 * overrides the publisher will confirm. Bounded: SECTION_LIMIT per language, most recently updated first.
 */
export async function loadPublishQueue(userId: string): Promise<QueueItem[]> {
  const perLang = await Promise.all(
    TARGET_LANGS.map(async (lang) => {
      const articles = await db.article.findMany({
        where: {
          state: { notIn: ["archived", "importing"] },
          translations: { some: { lang }, none: { lang, state: { not: "approved" } } },
          publications: { none: { lang } },
        },
        orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
        take: SECTION_LIMIT,
        select: { id: true, _count: { select: { translations: { where: { lang } } } } },
      });
      const flagged = await db.translation.findMany({
        where: { articleId: { in: articles.map((a) => a.id) }, lang, errorCount: { gt: 0 } },
        select: {
          articleId: true,
          state: true,
          errorCount: true,
          revisions: { orderBy: { version: "desc" }, take: 1, select: { action: true } },
        },
      });
      return articles.flatMap((a): Found[] => {
        const rows = flagged
          .filter((f) => f.articleId === a.id)
          .map((f) => ({ ...f, lastAction: f.revisions[0]?.action }));
        if (rows.some(isOpenError)) return [];
        return [{ articleId: a.id, lang, count: a._count.translations, extra: rows.length }];
      });
    }),
  );
  return orderQueue(await describeItems(perLang.flat(), userId, null)).slice(0, SECTION_LIMIT);
}
