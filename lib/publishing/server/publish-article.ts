import "server-only";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";
import type { ExportDocument } from "@/lib/export/types";
import { sameContent } from "@/lib/export/snapshot-content";
import { loadDraftDocument } from "@/lib/export/server/load-document";
import { publishReadiness } from "@/lib/publishing/readiness";
import { isOverridden, overrideRefusal } from "@/lib/publishing/overrides";
import { enqueuePublicationWebhooks } from "./enqueue-webhooks";

/** confirmedOverrides: the ids of the override revisions the publisher read and confirmed (loadPublishOverview). */
type Input = { articleId: string; lang: TargetLang; confirmedOverrides?: readonly string[] };

/**
 * Publishes one article language: only when every translatable segment is approved and no error is
 * open (an error a reviewer overrode with a reason is not open, but the publisher must have confirmed exactly
 * the overrides that apply now: lib/publishing/overrides.ts), and only when the content differs from
 * the latest version (PUBLISH_NOTHING_CHANGED otherwise: no version, no audit row, no webhook). Stores an
 * immutable snapshot with the next version number and queues the webhooks, all in one transaction.
 */
export async function publishArticle(input: Input, actor: Actor) {
  let published;
  try {
    published = await publishInTransaction(input, actor);
  } catch (error) {
    // Five clicks at once: on PostgreSQL the others lose the compare-and-set (or, in theory, the unique
    // version) to the first one. If the winner published this very content, that is "nothing changed".
    if (!isPublishRace(error)) throw error;
    throw await raceOutcome(input);
  }
  void kickWebhookDeliveries(); // after commit: never announce a publication that was rolled back
  return published;
}

async function publishInTransaction({ articleId, lang, confirmedOverrides = [] }: Input, actor: Actor) {
  return db.$transaction(async (tx) => {
    const rows = await tx.translation.findMany({
      where: { articleId, lang },
      select: {
        state: true,
        errorCount: true,
        sourceChanged: true,
        revisions: { orderBy: { version: "desc" }, take: 1, select: { id: true, action: true } },
      },
    });
    const readiness = rows.map((r) => ({ ...r, lastAction: r.revisions[0]?.action, revisionId: r.revisions[0]?.id }));
    const { refusal } = publishReadiness(readiness);
    if (refusal) throw new AppError(refusal.code, refusal.params);
    const overrides = readiness.filter(isOverridden).flatMap((r) => (r.revisionId ? [r.revisionId] : []));
    const unconfirmed = overrideRefusal(overrides, confirmedOverrides);
    if (unconfirmed) throw new AppError(unconfirmed.code, unconfirmed.params);

    const language = await tx.articleLanguage.findUniqueOrThrow({ where: { articleId_lang: { articleId, lang } } });
    const draft = await loadDraftDocument(articleId, lang, tx);
    // Check the very rows the snapshot is made of (on PostgreSQL a save may commit between two reads).
    const stale = draft.segments.filter((s) => s.translatable && s.state !== "approved").length;
    if (stale) throw new AppError("PUBLISH_NOT_APPROVED", { count: stale });
    const latest = await latestPublished(tx, articleId, lang);
    if (latest && sameContent(latest, draft))
      throw new AppError("PUBLISH_NOTHING_CHANGED", { version: latest.version ?? 0 });
    const version = Math.max(language.publishedVersion, latest?.version ?? 0) + 1;
    const publishedAt = new Date();
    const snapshot: ExportDocument = { ...draft, version, status: "published", publishedAt: publishedAt.toISOString() };
    // Compare-and-set on the counter: two publishers at once get one version each, never the same one.
    const bumped = await tx.articleLanguage.updateMany({
      where: { articleId, lang, publishedVersion: language.publishedVersion },
      data: { publishedVersion: version },
    });
    if (bumped.count !== 1) throw new AppError("PUBLISH_CONFLICT");
    // The new version becomes the latest (the CMS API lists latest rows by index); the old one stops being it.
    await tx.publication.updateMany({ where: { articleId, lang, latest: true }, data: { latest: false } });
    const publication = await tx.publication.create({
      data: {
        articleId,
        lang,
        version,
        snapshot: JSON.stringify(snapshot),
        publishedById: actor.id,
        publishedAt,
        latest: true,
      },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "article.publish",
      entityType: "publication",
      entityId: publication.id,
      articleId,
      data: { lang, version },
    });
    await enqueuePublicationWebhooks(tx, {
      publicationId: publication.id,
      articleId,
      lang,
      version,
      title: draft.title,
      publishedAt: publishedAt.toISOString(),
    });
    return { publicationId: publication.id, version, publishedAt: publishedAt.toISOString() };
  });
}

async function latestPublished(
  client: Prisma.TransactionClient,
  articleId: string,
  lang: TargetLang,
): Promise<ExportDocument | null> {
  const row = await client.publication.findFirst({
    where: { articleId, lang },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  return row ? (JSON.parse(row.snapshot) as ExportDocument) : null;
}

/** A lost compare-and-set, the unique (articleId, lang, version), or PostgreSQL's write conflict (P2034). */
function isPublishRace(error: unknown): boolean {
  if (isAppError(error)) return error.code === "PUBLISH_CONFLICT";
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || code === "P2034";
}

/** After a lost race, read what won: the same content is "nothing changed since version N", else a conflict. */
async function raceOutcome({ articleId, lang }: Input): Promise<AppError> {
  const [latest, draft] = await Promise.all([latestPublished(db, articleId, lang), loadDraftDocument(articleId, lang)]);
  if (latest && sameContent(latest, draft))
    return new AppError("PUBLISH_NOTHING_CHANGED", { version: latest.version ?? 0 });
  return new AppError("PUBLISH_CONFLICT");
}
