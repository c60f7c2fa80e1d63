import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type PublicationEvent = {
  publicationId: string;
  articleId: string;
  lang: string;
  version: number;
  title: string;
  publishedAt: string;
};

/**
 * Called inside the publishing transaction: one pending delivery per active token with a webhook URL and
 * the read scope (the announcement points at content only a reader may fetch), so an announcement is never
 * lost nor sent for a publication that was rolled back. The payload is stored as the exact bytes to sign.
 */
export async function enqueuePublicationWebhooks(
  tx: Prisma.TransactionClient,
  event: PublicationEvent,
): Promise<number> {
  const tokens = await tx.apiToken.findMany({
    where: { revokedAt: null, webhookUrl: { not: null }, webhookSecret: { not: null } },
    select: { id: true, scopes: true },
  });
  const readers = tokens.filter((t) => t.scopes.split(",").includes("read"));
  if (!readers.length) return 0;
  const path = `/api/v1/articles/${encodeURIComponent(event.articleId)}/${event.lang}?version=${event.version}`;
  const payload = JSON.stringify({ event: "publication.created", data: { ...event, path } });
  await tx.webhookDelivery.createMany({
    data: readers.map((t) => ({ tokenId: t.id, event: "publication.created", payload })),
  });
  return readers.length;
}
