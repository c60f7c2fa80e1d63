import "server-only";
import { db } from "@/lib/db";
import { tokenOwnerActor } from "@/lib/cms/token-owner";

/**
 * Where a delivery goes, or why it never will: the token is gone or revoked, or its owner may no longer
 * read (a webhook announces content only a reader may fetch: lib/cms/token-owner.ts).
 */
export async function loadWebhookTarget(
  tokenId: string,
  now: Date,
): Promise<{ url: string; secret: string } | { refusal: string }> {
  const token = await db.apiToken.findUnique({
    where: { id: tokenId },
    select: { webhookUrl: true, webhookSecret: true, revokedAt: true, createdById: true },
  });
  if (token?.revokedAt) return { refusal: "TOKEN_REVOKED" };
  if (!token?.webhookUrl || !token.webhookSecret) return { refusal: "NO_WEBHOOK" };
  const owner = token.createdById
    ? await db.user.findUnique({
        where: { id: token.createdById },
        select: { id: true, name: true, role: true, banned: true, banExpires: true },
      })
    : null;
  if (!tokenOwnerActor(owner, "read", now)) return { refusal: "OWNER_FORBIDDEN" };
  return { url: token.webhookUrl, secret: token.webhookSecret };
}
