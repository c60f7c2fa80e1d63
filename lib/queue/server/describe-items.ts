import "server-only";
import { db } from "@/lib/db";
import { parseTargetLang, type TargetLang } from "@/lib/vocabulary";
import type { QueueItem } from "@/lib/queue/sections";

export type Found = { articleId: string; lang: string; count: number; extra?: number; since?: Date | null };

/**
 * Titles and assignments of a bounded set of article-languages (two indexed queries), as queue lines.
 * `me` marks what is assigned to the user in `slot`.
 */
export async function describeItems(
  found: readonly Found[],
  me: string,
  slot: "translatorId" | "reviewerId" | null,
): Promise<QueueItem[]> {
  const ids = [...new Set(found.map((f) => f.articleId))];
  if (!ids.length) return [];
  const [articles, assignments] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
    db.assignment.findMany({ where: { articleId: { in: ids } } }),
  ]);
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const assigned = new Map(assignments.map((a) => [`${a.articleId}:${a.lang}`, a]));
  return found.flatMap((f) => {
    const title = titles.get(f.articleId);
    if (title === undefined) return [];
    const a = assigned.get(`${f.articleId}:${f.lang}`);
    const lang: TargetLang = parseTargetLang(f.lang);
    return [
      {
        articleId: f.articleId,
        title,
        lang,
        count: f.count,
        extra: f.extra ?? 0,
        dueAt: a?.dueAt ?? null,
        assignedToMe: slot !== null && a?.[slot] === me,
        since: f.since ?? null,
      },
    ];
  });
}
