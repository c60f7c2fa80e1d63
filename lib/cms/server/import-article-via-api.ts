import "server-only";
import { db } from "@/lib/db";
import { AppError, isErrorCode } from "@/lib/errors";
import { importArticleAction } from "@/lib/articles/server/actions";
import { recordEvent } from "@/lib/audit/server/record-event";
import type { ApiPrincipal } from "./authenticate-token";

/**
 * An API import acts as the token's creator, through the same door as an import in the workbench
 * (authenticateToken has already checked that the creator may still import). The importer writes its own
 * `article.import` row; `api.import` adds which token.
 */
export async function importArticleViaApi(
  raw: unknown,
  principal: ApiPrincipal,
): Promise<{ articleId: string; segments: number }> {
  const result = await importArticleAction(raw, principal.owner);
  if (!result.ok && result.code === "FORBIDDEN") throw new AppError("API_OWNER_FORBIDDEN", { scope: "import" });
  if (!result.ok) throw new AppError(isErrorCode(result.code) ? result.code : "INTERNAL", result.params ?? {});
  const { articleId } = result.data;
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: principal.owner.id,
      action: "api.import",
      entityType: "apiToken",
      entityId: principal.tokenId,
      articleId,
      data: { token: principal.name, tokenPrefix: principal.prefix, segments: result.data.segments },
    }),
  );
  return result.data;
}
