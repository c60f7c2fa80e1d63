import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/action";
import type { TargetLang } from "@/lib/articles/kinds";
import { recordEvent } from "@/lib/audit/server/record-event";
import { enqueuePublicationWebhooks } from "@/lib/cms/server/enqueue-webhooks";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";
import type { ExportDocument } from "@/lib/export/types";
import { loadDraftDocument } from "./load-document";

/**
 * Publishes one article language: only when every translatable segment is approved and no error is
 * open (an error a reviewer overrode with a reason is not open). Stores an immutable snapshot with the
 * next version number and queues the webhooks, all in one transaction.
 */
export async function publishArticle(input: { articleId: string; lang: TargetLang }, actor: Actor) {
  const published = await publishInTransaction(input, actor);
  void kickWebhookDeliveries(); // after commit: never announce a publication that was rolled back
  return published;
}

async function publishInTransaction({ articleId, lang }: { articleId: string; lang: TargetLang }, actor: Actor) {
  return db.$transaction(async (tx) => {
    const rows = await tx.translation.findMany({ where: { articleId, lang }, select: { state: true, errorCount: true,
      revisions: { orderBy: { version: "desc" }, take: 1, select: { action: true } } } });
    if (!rows.length) throw new AppError("PUBLISH_NOTHING_TO_PUBLISH");
    const unapproved = rows.filter((r) => r.state !== "approved").length;
    if (unapproved) throw new AppError("PUBLISH_NOT_APPROVED", { count: unapproved });
    const open = rows.filter((r) => r.errorCount > 0 && r.revisions[0]?.action !== "override").length;
    if (open) throw new AppError("PUBLISH_OPEN_ERRORS", { count: open });

    const language = await tx.articleLanguage.findUniqueOrThrow({ where: { articleId_lang: { articleId, lang } } });
    const version = language.publishedVersion + 1;
    const publishedAt = new Date();
    const draft = await loadDraftDocument(articleId, lang, tx);
    // Check the very rows the snapshot is made of (on PostgreSQL a save may commit between two reads).
    const stale = draft.segments.filter((s) => s.translatable && s.state !== "approved").length;
    if (stale) throw new AppError("PUBLISH_NOT_APPROVED", { count: stale });
    const snapshot: ExportDocument = { ...draft, version, status: "published", publishedAt: publishedAt.toISOString() };
    // Compare-and-set on the counter: two publishers at once get one version each, never the same one.
    const bumped = await tx.articleLanguage.updateMany({ where: { articleId, lang, publishedVersion: language.publishedVersion },
      data: { publishedVersion: version } });
    if (bumped.count !== 1) throw new AppError("PUBLISH_CONFLICT");
    const publication = await tx.publication.create({ data: { articleId, lang, version, snapshot: JSON.stringify(snapshot),
      publishedById: actor.id, publishedAt } });
    await recordEvent(tx, { actorId: actor.id, action: "article.publish", entityType: "publication", entityId: publication.id,
      articleId, data: { lang, version } });
    await enqueuePublicationWebhooks(tx, { publicationId: publication.id, articleId, lang, version, title: draft.title,
      publishedAt: publishedAt.toISOString() });
    return { publicationId: publication.id, version, publishedAt: publishedAt.toISOString() };
  });
}
