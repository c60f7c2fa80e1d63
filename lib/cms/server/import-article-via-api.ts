import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { importArticle, importRequest, type ImportResult } from "@/lib/articles/server/import-article";
import type { ApiPrincipal } from "./authenticate-token";

/**
 * An API import acts as the token's creator and runs the same import as the workbench; its
 * `article.import` row and an `api.import` row naming the token are written in the transaction that
 * makes the article visible. A creator who may no longer import answers API_OWNER_FORBIDDEN.
 */
export async function importArticleViaApi(raw: unknown, principal: ApiPrincipal): Promise<ImportResult> {
  if (!can(principal.owner.role, "article.import")) throw new AppError("API_OWNER_FORBIDDEN", { scope: "import" });
  const parsed = importRequest.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") || "input";
    throw new AppError("INVALID_INPUT", { field });
  }
  const via = { tokenId: principal.tokenId, name: principal.name, prefix: principal.prefix };
  return importArticle(parsed.data, principal.owner, via);
}
