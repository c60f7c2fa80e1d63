// The article list's filters and sorts, as the URL carries them. Pure.
import { z } from "zod";
import { TARGET_LANGS } from "@/lib/vocabulary";
import type { Key } from "@/lib/pagination/keyset";

/** A language's state in the list filter (lib/articles/server/list-where.ts says what each means in SQL). */
export const LIST_STATES = [
  "untranslated",
  "inTranslation",
  "needsReview",
  "approved",
  "published",
  "hasErrors",
] as const;
export type ListState = (typeof LIST_STATES)[number];

export const LIST_SORTS = ["newest", "oldest", "updated", "deadline"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const listParams = z.object({
  q: z.string().max(200).optional().catch(undefined),
  // Keyset cursors (lib/pagination/keyset.ts): the page after / before this row, in the chosen sort.
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
  state: z.enum(LIST_STATES).optional().catch(undefined),
  lang: z.enum(TARGET_LANGS).optional().catch(undefined),
  sort: z.enum(LIST_SORTS).catch("newest"),
});
export type ListParams = z.infer<typeof listParams>;

/**
 * The columns each sort walks, ending in the unique id (so every row has one place in the list). Each
 * leading column has an index: (createdAt), (state, updatedAt), (state, dueAt).
 */
export function listKeys(sort: ListSort): Key[] {
  const id = (dir: "asc" | "desc"): Key => ({ field: "id", dir, type: "id" });
  switch (sort) {
    case "newest":
      return [{ field: "createdAt", dir: "desc", type: "date" }, id("desc")];
    case "oldest":
      return [{ field: "createdAt", dir: "asc", type: "date" }, id("asc")];
    case "updated":
      return [{ field: "updatedAt", dir: "desc", type: "date" }, id("desc")];
    case "deadline":
      return [
        { field: "dueAt", dir: "asc", type: "nullableDate" },
        { field: "createdAt", dir: "desc", type: "date" },
        id("desc"),
      ];
  }
}
