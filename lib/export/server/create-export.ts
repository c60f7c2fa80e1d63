import "server-only";
import { db } from "@/lib/db";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { exportFilename, renderExport } from "@/lib/export";
import type { ExportFormat } from "@/lib/export/types";
import { loadDraftDocument, loadPublishedDocument } from "./load-document";

/** A file of a published version (or of the current state, marked as a draft), with an audit row. */
export async function createExport(
  input: { articleId: string; lang: TargetLang; format: ExportFormat; version: number | "draft" | "latest" },
  actor: Actor,
): Promise<{ body: string; contentType: string; filename: string }> {
  const doc =
    input.version === "draft"
      ? await loadDraftDocument(input.articleId, input.lang)
      : await loadPublishedDocument(
          input.articleId,
          input.lang,
          input.version === "latest" ? undefined : input.version,
        );
  const rendered = renderExport(doc, input.format);
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: actor.id,
      action: "article.export",
      entityType: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      data: { lang: input.lang, format: input.format, version: doc.version ?? "draft" },
    }),
  );
  return { body: rendered.body, contentType: rendered.contentType, filename: exportFilename(doc, input.format) };
}
