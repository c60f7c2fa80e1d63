// The articles' cursor (newest first, by the stable key (createdAt, id)) for the pages that build their
// own queries over articles (Effort, Usage): the same "<ISO time>~<id>" codec as every keyset list
// (lib/pagination/keyset.ts), in the shape those queries read.
import { decodeCursor as decodeKeyset, encodeCursor as encodeKeyset, type Key } from "@/lib/pagination/keyset";

export type ArticleCursor = { createdAt: Date; id: string; dir: "after" | "before" };

const ARTICLE_KEYS: readonly Key[] = [
  { field: "createdAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];

/** "<ISO time>~<id>", the position of one article in the list. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return encodeKeyset(ARTICLE_KEYS, row);
}

/** A cursor from the URL, or null when there is none or it is not one of ours (the first page then). */
export function decodeCursor(value: string | undefined, dir: "after" | "before"): ArticleCursor | null {
  const cursor = decodeKeyset(ARTICLE_KEYS, value, dir);
  if (!cursor) return null;
  const [createdAt, id] = cursor.values;
  return createdAt instanceof Date && typeof id === "string" ? { createdAt, id, dir } : null;
}
