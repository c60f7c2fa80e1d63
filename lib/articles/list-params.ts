// The article list's filters and sorts, as the URL carries them. Pure.
import { z } from "zod";
import { TARGET_LANGS } from "@/lib/vocabulary";

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
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  state: z.enum(LIST_STATES).optional().catch(undefined),
  lang: z.enum(TARGET_LANGS).optional().catch(undefined),
  sort: z.enum(LIST_SORTS).catch("newest"),
});
export type ListParams = z.infer<typeof listParams>;
