import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, type ArticleCursor } from "@/lib/articles/cursor";

export type ArticlePage = {
  rows: { id: string; title: string; createdAt: Date }[];
  newer: string | null;
  older: string | null;
};

/**
 * One page of the articles matching `where`, newest first, from a keyset cursor: `after` (older than it)
 * or `before` (newer than it). Uses the (createdAt) index; `newer`/`older` are the cursors of the pages around.
 */
export async function loadArticlePage(
  where: Prisma.ArticleWhereInput,
  cursor: ArticleCursor | null,
  size: number,
): Promise<ArticlePage> {
  const backwards = cursor?.dir === "before";
  const keyset: Prisma.ArticleWhereInput = !cursor
    ? {}
    : backwards
      ? { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] }
      : { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
  const order = backwards ? "asc" : "desc";
  const found = await db.article.findMany({
    where: { AND: [where, keyset] },
    orderBy: [{ createdAt: order }, { id: order }],
    take: size + 1,
    select: { id: true, title: true, createdAt: true },
  });
  const more = found.length > size;
  const rows = found.slice(0, size);
  if (backwards) rows.reverse();
  const first = rows[0],
    last = rows[rows.length - 1];
  return {
    rows,
    newer: first && (backwards ? more : cursor !== null) ? encodeCursor(first) : null,
    older: last && (backwards || more) ? encodeCursor(last) : null,
  };
}
