import "server-only";
import { db } from "@/lib/db";

export type ListAssignment = { translator: string | null; reviewer: string | null; dueAt: Date | null };

/** The assignments of one page of articles with the people's names, keyed "articleId:lang" (one query). */
export async function loadListAssignments(articleIds: readonly string[]): Promise<Map<string, ListAssignment>> {
  if (!articleIds.length) return new Map();
  const rows = await db.assignment.findMany({
    where: { articleId: { in: [...articleIds] } },
    select: {
      articleId: true,
      lang: true,
      dueAt: true,
      translator: { select: { name: true } },
      reviewer: { select: { name: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      `${r.articleId}:${r.lang}`,
      { translator: r.translator?.name ?? null, reviewer: r.reviewer?.name ?? null, dueAt: r.dueAt },
    ]),
  );
}
