import "server-only";
import { defineAction } from "@/lib/action";
import { importArticle, importRequest } from "./import-article";
import { sourceUpdateRequest, updateArticleSource } from "./update-article-source";

// Import size is also checked in the browser before upload; this is the server's own limit.
export const MAX_IMPORT_CHARS = 1_000_000;

export const importArticleAction = defineAction({
  permission: "article.import",
  input: importRequest,
  run: (input, actor) => importArticle(input, actor),
});

export const updateArticleSourceAction = defineAction({
  permission: "article.import",
  input: sourceUpdateRequest,
  run: (input, actor) => updateArticleSource(input, actor),
});
