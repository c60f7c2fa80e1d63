import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importArticleAction } from "@/lib/articles/server/actions";
import { recordEvent } from "@/lib/audit/server/record-event";
import type { ApiPrincipal } from "./authenticate-token";

/**
 * An API import acts as the token's creator, through the same door as an import in the workbench: the
 * creator must still exist and still hold article.import (an admin demoted to nothing takes their tokens'
 * import rights along). The importer writes its own `article.import` row; `api.import` adds which token.
 */
export async function importArticleViaApi(raw: unknown, principal: ApiPrincipal): Promise<{ articleId: string; segments: number }> {
  if (!principal.owner) throw new AppError("API_OWNER_FORBIDDEN");
  const result = await importArticleAction(raw, principal.owner);
  if (!result.ok) throw new AppError(result.code === "FORBIDDEN" ? "API_OWNER_FORBIDDEN" : result.code, result.params ?? {});
  const { articleId } = result.data;
  await db.$transaction((tx) => recordEvent(tx, { actorId: principal.owner?.id ?? null, action: "api.import",
    entityType: "apiToken", entityId: principal.tokenId, articleId,
    data: { token: principal.name, tokenPrefix: principal.prefix, segments: result.data.segments } }));
  return result.data;
}
