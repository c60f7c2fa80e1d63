import "server-only";
import { db } from "@/lib/db";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import { isOpenError } from "@/lib/publishing/readiness";
import { SECTION_LIMIT, orderQueue, type QueueItem } from "@/lib/queue/sections";
import { describeItems, type Found } from "./describe-items";
import { changedSincePublication } from "./republish-candidates";

/**
 * A publisher's queue: languages with every segment approved and no open error (publishReadiness's
 * definition: an error a reviewer overrode is not open) that were never published, or whose approved
 * text changed after their latest version (a correction to publish again), with the number of overrides
 * the publisher will confirm. Bounded: SECTION_LIMIT candidates of each kind per language.
 */
export async function loadPublishQueue(userId: string): Promise<QueueItem[]> {
  const perLang = await Promise.all(TARGET_LANGS.map((lang) => readyIn(lang)));
  return orderQueue(await describeItems(perLang.flat(), userId, null)).slice(0, SECTION_LIMIT);
}

async function readyIn(lang: TargetLang): Promise<Found[]> {
  const live = { state: { notIn: ["archived", "importing"] } };
  const allApproved = { translations: { some: { lang }, none: { lang, state: { not: "approved" } } } };
  const [fresh, changed] = await Promise.all([
    db.article.findMany({
      where: { ...live, ...allApproved, publications: { none: { lang } } },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
      take: SECTION_LIMIT,
      select: { id: true },
    }),
    changedSincePublication(lang, SECTION_LIMIT),
  ]);
  const again = changed.length
    ? await db.article.findMany({ where: { id: { in: changed }, ...live, ...allApproved }, select: { id: true } })
    : [];
  const ids = [...fresh, ...again].map((a) => a.id);
  const [counts, flagged] = await Promise.all([
    db.translation.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, lang }, _count: { _all: true } }),
    db.translation.findMany({
      where: { articleId: { in: ids }, lang, errorCount: { gt: 0 } },
      select: {
        articleId: true,
        state: true,
        errorCount: true,
        revisions: { orderBy: { version: "desc" }, take: 1, select: { action: true } },
      },
    }),
  ]);
  const sizes = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return ids.flatMap((articleId): Found[] => {
    const rows = flagged
      .filter((f) => f.articleId === articleId)
      .map((f) => ({ ...f, lastAction: f.revisions[0]?.action }));
    if (rows.some(isOpenError)) return [];
    return [{ articleId, lang, count: sizes.get(articleId) ?? 0, extra: rows.length }];
  });
}
