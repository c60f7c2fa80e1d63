// Shared by the webhook-host tests: a clean slate, an announced publication, and a token row written directly.
import { db } from "@/lib/db";
import { enqueuePublicationWebhooks } from "@/lib/publishing/server/enqueue-webhooks";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";
import { generateToken } from "@/lib/cms/tokens";

/** Each test counts its own tokens and deliveries, under the default (empty) host allowance. */
export async function clearWebhookState() {
  await db.setting.deleteMany({ where: { key: "webhookAllowedHosts" } });
  await db.webhookDelivery.deleteMany({});
  await db.apiToken.updateMany({ data: { revokedAt: new Date() } });
}

export async function announce() {
  await db.$transaction((tx) =>
    enqueuePublicationWebhooks(tx, {
      publicationId: "p",
      articleId: "a",
      lang: "de",
      version: 1,
      title: "T",
      publishedAt: new Date().toISOString(),
    }),
  );
  return kickWebhookDeliveries();
}

/** A token row written directly: what an older version, or a host allowed then, may have left behind. */
export async function storedToken(ownerId: string, webhookUrl: string) {
  const { hash, prefix } = generateToken();
  return db.apiToken.create({
    data: {
      name: "old",
      tokenHash: hash,
      prefix,
      scopes: "read",
      webhookUrl,
      webhookSecret: "whsec_x",
      createdById: ownerId,
    },
  });
}
