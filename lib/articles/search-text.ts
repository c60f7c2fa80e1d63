import { foldForSearch } from "@/lib/text/fold";

// Both databases compare the stored text with LIKE, whose wildcards differ in escaping (PostgreSQL
// escapes with a backslash by default, SQLite only with an ESCAPE clause that Prisma does not write).
// So the stored text and the query use the full-width forms of %, _ and \ instead: no wildcard is left
// in what is searched for, and both sides are folded alike, so "7,5%" still finds "7,5%".
const LIKE_SPECIAL = /[%_\\]/g;
const FULL_WIDTH: Record<string, string> = { "%": "\uFF05", _: "\uFF3F", "\\": "\uFF3C" };

function searchForm(text: string): string {
  return foldForSearch(text).replace(LIKE_SPECIAL, (c) => FULL_WIDTH[c] ?? c);
}

/**
 * The article's stored search text: its title and every source segment, folded (lib/text/fold.ts) and
 * joined by newlines, so that a folded query matches inside one segment but never across two.
 */
export function searchTextOf(title: string, sources: readonly string[]): string {
  return [title, ...sources].map(searchForm).join("\n");
}

/** The query in the stored form; null when nothing is left to search for. */
export function searchQueryOf(query: string | undefined): string | null {
  const folded = searchForm(query ?? "");
  return folded ? folded : null;
}
