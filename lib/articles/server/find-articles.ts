import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";
import { searchQueryOf } from "@/lib/articles/search-text";
import { listKeys, type ListSort, type ListState } from "@/lib/articles/list-params";
import { decodeCursor, keysetOrder, keysetPage, keysetWhere } from "@/lib/pagination/keyset";
import { cappedCount, COUNT_TAKE, type CappedCount } from "@/lib/pagination/capped-count";
import { stateWhere } from "./list-where";
import { loadListDetails, type ListDetails } from "./list-details";

export type ArticleListItem = ListDetails & {
  id: string;
  title: string;
  state: string;
  createdAt: Date;
  updatedAt: Date;
};

export const ARTICLE_PAGE_SIZE = 50;

type FindOptions = {
  query?: string;
  state?: ListState;
  lang?: TargetLang;
  sort?: ListSort;
  /** Keyset cursors from the URL: the page after / before that row (a bad one gives the first page). */
  after?: string;
  before?: string;
  pageSize?: number;
};

export type ArticleList = {
  items: ArticleListItem[];
  /** Matching articles, counted up to the cap ("10,000+"). */
  total: CappedCount;
  /** Cursors of the previous and next pages, null at either end. */
  prev: string | null;
  next: string | null;
};

/** One page of articles in the chosen sort, by keyset; details only for the page's rows. */
export async function findArticles(opts: FindOptions = {}): Promise<ArticleList> {
  const keys = listKeys(opts.sort ?? "newest");
  const size = opts.pageSize ?? ARTICLE_PAGE_SIZE;
  const cursor = decodeCursor(keys, opts.before, "before") ?? decodeCursor(keys, opts.after, "after");
  // Archived articles are out of the list, and so are imports still being written (write-article.ts).
  const where = {
    state: { notIn: ["archived", "importing"] },
    AND: [matching(opts.query), stateWhere(opts.state, opts.lang)],
  };
  const [counted, found] = await Promise.all([
    db.article.count({ where, orderBy: keysetOrder(keys), take: COUNT_TAKE }), // the sort's index stops at the cap
    db.article.findMany({
      where: { AND: [where, keysetWhere(keys, cursor)] },
      orderBy: keysetOrder(keys, cursor?.dir === "before"),
      take: size + 1,
      select: { id: true, title: true, state: true, createdAt: true, updatedAt: true, dueAt: true },
    }),
  ]);
  const page = keysetPage(keys, found, size, cursor);
  const details = await loadListDetails(page.rows.map((a) => a.id));
  const items = page.rows.map((a) => ({
    id: a.id,
    title: a.title,
    state: a.state,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...details.get(a.id)!,
  }));
  return { items, total: cappedCount(counted), prev: page.prev, next: page.next };
}

/**
 * Title and text, insensitive to case and Vietnamese tone marks ("ca mau" finds "Cà Mau"): the folded
 * query inside the stored folded text (lib/articles/search-text.ts), one LIKE that PostgreSQL answers
 * from its trigram index. No second branch for rows from before the column (an OR on the raw title
 * would make every search a full scan): those are filled in the first seconds after start
 * (fill-search-text.ts) and found from then on.
 */
function matching(query: string | undefined) {
  const folded = searchQueryOf(query);
  if (!folded) return {};
  return { searchText: { contains: folded } };
}
