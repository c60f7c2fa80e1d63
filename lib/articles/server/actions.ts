import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { IMPORT_FORMATS } from "@/lib/articles/import-formats";
import { importArticle } from "./import-article";

// Import size is also checked in the browser before upload; this is the server's own limit.
export const MAX_IMPORT_CHARS = 1_000_000;

export const importArticleAction = defineAction({
  permission: "article.import",
  input: z.object({ format: z.enum(IMPORT_FORMATS), content: z.string() }),
  run: (input, actor) => importArticle(input, actor),
});
