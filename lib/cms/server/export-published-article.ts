import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { exportFilename, renderExport, type ExportFormat } from "@/lib/export";
import { loadPublishedDocument } from "@/lib/export/server/load-document";
import type { ApiPrincipal } from "./authenticate-token";

export type ExportedFile = { body: string; contentType: string; filename: string; version: number | null };

/**
 * A published snapshot rendered in one format for a CMS, with an `article.export` audit row naming the
 * token: what left the building through the API is as traceable as a download from the workbench.
 */
export async function exportPublishedArticle(
  input: { articleId: string; lang: TargetLang; format: ExportFormat; version?: number },
  principal: ApiPrincipal,
): Promise<ExportedFile> {
  const doc = await loadPublishedDocument(input.articleId, input.lang, input.version); // PUBLICATION_NOT_FOUND → 404
  const rendered = renderExport(doc, input.format);
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: principal.owner.id,
      action: "article.export",
      entityType: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      data: {
        lang: input.lang,
        format: input.format,
        version: doc.version,
        via: "api",
        token: principal.name,
        tokenPrefix: principal.prefix,
      },
    }),
  );
  return {
    body: rendered.body,
    contentType: rendered.contentType,
    filename: exportFilename(doc, input.format),
    version: doc.version,
  };
}
