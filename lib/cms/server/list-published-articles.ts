import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";
import type { ExportDocument } from "@/lib/export/types";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, keysetOrder, keysetWhere, type Key } from "@/lib/pagination/keyset";
import { cappedCount, COUNT_TAKE } from "@/lib/pagination/capped-count";

export type PublishedListInput = { page: number; pageSize: number; since?: Date; lang?: TargetLang; cursor?: string };
export type PublishedArticle = {
  id: string;
  lang: string;
  version: number;
  title: string;
  sourceTitle: string;
  publishedAt: string;
  path: string;
};
export type PublishedList = {
  items: PublishedArticle[];
  page: number;
  pageSize: number;
  /** Up to the cap; `totalCapped` says there are more. */
  total: number;
  totalCapped: boolean;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
};

/** Most recently published first; the id makes the order total, so a cursor names one place. */
const KEYS: Key[] = [
  { field: "publishedAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];

/**
 * The latest publication of every article language, most recently published first, read by the
 * (latest, publishedAt) index: publish-article.ts keeps one `latest` row per article language. `since`
 * keeps those published at or after it, so a CMS can poll for what changed. `cursor` (from `nextCursor`)
 * pages by keyset; `page` (offset) stays for clients written before it.
 */
export async function listPublishedArticles(input: PublishedListInput): Promise<PublishedList> {
  const where = {
    latest: true,
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.since ? { publishedAt: { gte: input.since } } : {}),
  };
  const cursor = input.cursor ? decodeCursor(KEYS, input.cursor, "after") : null;
  if (input.cursor && !cursor) throw new AppError("INVALID_INPUT", { field: "cursor" });
  const [counted, found] = await Promise.all([
    db.publication.count({ where, orderBy: keysetOrder(KEYS), take: COUNT_TAKE }),
    db.publication.findMany({
      where: { AND: [where, keysetWhere(KEYS, cursor)] },
      orderBy: keysetOrder(KEYS),
      skip: cursor ? 0 : (input.page - 1) * input.pageSize,
      take: input.pageSize + 1,
      select: {
        id: true,
        articleId: true,
        lang: true,
        version: true,
        snapshot: true,
        publishedAt: true,
        article: { select: { title: true } },
      },
    }),
  ]);
  const more = found.length > input.pageSize;
  const rows = found.slice(0, input.pageSize);
  const items = rows.map((r) => ({
    id: r.articleId,
    lang: r.lang,
    version: r.version,
    title: translatedTitle(r.snapshot) ?? r.article.title,
    sourceTitle: r.article.title,
    publishedAt: r.publishedAt.toISOString(),
    path: `/api/v1/articles/${encodeURIComponent(r.articleId)}/${r.lang}?version=${r.version}`,
  }));
  const { count, capped } = cappedCount(counted);
  const last = rows[rows.length - 1];
  return {
    items,
    page: cursor ? 1 : input.page,
    pageSize: input.pageSize,
    total: count,
    totalCapped: capped,
    nextCursor: more && last ? encodeCursor(KEYS, last) : null,
  };
}

/** The published title is the target text of the snapshot's title segment, as it was published. */
function translatedTitle(snapshot: string): string | null {
  try {
    const doc = JSON.parse(snapshot) as Partial<ExportDocument>;
    return doc.segments?.find((s) => s.kind === "title")?.target || null;
  } catch {
    return null;
  }
}
