import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import {
  importArticle,
  importRequest,
  type ImportInput,
  type ImportResult,
} from "@/lib/articles/server/import-article";
import { updateArticleSource } from "@/lib/articles/server/update-article-source";
import { findArticleBySourceUrl } from "@/lib/articles/server/find-article-by-source-url";
import type { ApiPrincipal } from "./authenticate-token";

export type ApiImportResult = ImportResult & { version: number | null };

/**
 * An API import acts as the token's creator and runs the same import as the workbench; its
 * `article.import` row and an `api.import` row naming the token are written in the transaction that
 * makes the article visible. A creator who may no longer import answers API_OWNER_FORBIDDEN.
 * A file whose source URL is an existing article's is a new version of that article's source
 * (updateArticleSource); `version` says which (null: a new article).
 */
export async function importArticleViaApi(raw: unknown, principal: ApiPrincipal): Promise<ApiImportResult> {
  const input = checkedInput(raw, principal);
  const via = { tokenId: principal.tokenId, name: principal.name, prefix: principal.prefix };
  const existing = await findArticleBySourceUrl(input);
  if (existing) {
    const updated = await updateArticleSource({ ...input, articleId: existing }, principal.owner, via);
    return { articleId: updated.articleId, segments: updated.segments, memory: null, version: updated.version };
  }
  const created = await importArticle(input, principal.owner, via);
  return { ...created, version: null };
}

/** `PUT /articles/{id}`: a new version of that article's source. */
export async function updateArticleViaApi(articleId: string, raw: unknown, principal: ApiPrincipal) {
  const input = checkedInput(raw, principal);
  const via = { tokenId: principal.tokenId, name: principal.name, prefix: principal.prefix };
  return updateArticleSource({ ...input, articleId }, principal.owner, via);
}

function checkedInput(raw: unknown, principal: ApiPrincipal): ImportInput {
  if (!can(principal.owner.role, "article.import")) throw new AppError("API_OWNER_FORBIDDEN", { scope: "import" });
  const parsed = importRequest.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") || "input";
    throw new AppError("INVALID_INPUT", { field });
  }
  return parsed.data;
}
