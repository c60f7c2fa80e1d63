// Keyset pagination over articles, newest first, by the stable key (createdAt, id): a page costs the
// same at the first and at the ten-thousandth article, and rows added meanwhile never shift a page.
// Pure: the cursor is what the URL carries; lib/articles/server/article-page.ts turns it into a query.
export type ArticleCursor = { createdAt: Date; id: string; dir: "after" | "before" };

/** "<ISO time>~<id>", the position of one article in the list. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}~${row.id}`;
}

/** A cursor from the URL, or null when there is none or it is not one of ours (the first page then). */
export function decodeCursor(value: string | undefined, dir: "after" | "before"): ArticleCursor | null {
  if (!value || value.length > 120) return null;
  const at = value.indexOf("~");
  if (at < 0) return null;
  const createdAt = new Date(value.slice(0, at));
  const id = value.slice(at + 1);
  if (Number.isNaN(createdAt.getTime()) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { createdAt, id, dir };
}
