import "server-only";
import { db } from "@/lib/db";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { exportFilename, renderExport } from "@/lib/export";
import type { ExportFormat } from "@/lib/export/types";
import { loadDraftDocument, loadPublishedDocument } from "@/lib/export/server/load-document";
import { loadRenderOptions, withExportExtras } from "@/lib/export/server/load-export-extras";

export type ExportedFile = { body: string; contentType: string; filename: string; version: number | null };
export type ExportInput = {
  articleId: string;
  lang: TargetLang;
  format: ExportFormat;
  /** A published version; "latest" (or none) the newest one; "draft" the current state, marked as a draft. */
  version?: number | "draft" | "latest";
};
/** The CMS token a file left through: named in the audit row, so the API is as traceable as a download. */
export type ExportVia = { name: string; prefix: string };

/**
 * A file of a published version (or of the current state, as a draft) in one format, with an
 * `article.export` audit row — for a download from the workbench and for a CMS fetching through the API.
 */
export async function exportArticle(input: ExportInput, actor: Actor, via?: ExportVia): Promise<ExportedFile> {
  const { articleId, lang, format, version } = input;
  const doc =
    version === "draft"
      ? await loadDraftDocument(articleId, lang)
      : await loadPublishedDocument(articleId, lang, version === "latest" ? undefined : version); // PUBLICATION_NOT_FOUND
  const rendered = renderExport(await withExportExtras(doc, format), format, await loadRenderOptions());
  const apiData = via ? { via: "api" as const, token: via.name, tokenPrefix: via.prefix } : {};
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: actor.id,
      action: "article.export",
      entityType: "article",
      entityId: articleId,
      articleId,
      data: { lang, format, version: via ? doc.version : (doc.version ?? "draft"), ...apiData },
    }),
  );
  return {
    body: rendered.body,
    contentType: rendered.contentType,
    filename: exportFilename(doc, format),
    version: doc.version,
  };
}
