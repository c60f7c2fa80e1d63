import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";

/**
 * Revocation is immediate and final: the next request with the token is refused, and announcements
 * still waiting for it are given up so a revoked integration receives nothing more. Revoking twice is a no-op.
 */
export async function revokeApiToken(input: { id: string }, actor: Actor): Promise<{ id: string; revokedAt: string }> {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: input.id } });
    if (!token) throw new AppError("API_TOKEN_NOT_FOUND");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt.toISOString() };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await tx.webhookDelivery.updateMany({
      where: { tokenId: token.id, state: "pending" },
      data: { state: "failed", lastError: "TOKEN_REVOKED" },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "apiToken",
      entityId: token.id,
      data: { name: token.name, prefix: token.prefix },
    });
    return { id: token.id, revokedAt: revokedAt.toISOString() };
  });
}
