import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { tokenOwnerActor } from "@/lib/cms/token-owner";
import { bearerToken, hashToken, parseScopes, parseToken, sameDigest, type TokenScope } from "@/lib/cms/tokens";

export type ApiPrincipal = {
  tokenId: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  /** The admin who created the token, as they are now: API imports act as this user, audit rows name them. */
  owner: Actor;
};

// lastUsedAt is for humans ("is this integration still alive?"); minute precision spares a write per request.
const LAST_USED_PRECISION_MS = 60_000;

/**
 * Authorization: Bearer duyet_… → the token's principal, or an AppError the route turns into 401/403.
 * Unknown and malformed tokens are API_TOKEN_INVALID alike, so probing learns nothing. The owner's
 * current rights are checked on every request (lib/cms/token-owner.ts): a banned, demoted or deleted
 * owner's token answers API_OWNER_FORBIDDEN.
 */
export async function authenticateToken(authorization: string | null, scope: TokenScope): Promise<ApiPrincipal> {
  const token = bearerToken(authorization);
  if (!token) throw new AppError("API_TOKEN_MISSING");
  if (!parseToken(token)) throw new AppError("API_TOKEN_INVALID");
  const hash = hashToken(token);
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash } });
  // The unique-index lookup already matched; the constant-time compare guards against a store that
  // matches loosely (collations, trimming) rather than against timing, which cannot reveal a preimage.
  if (!row || !sameDigest(row.tokenHash, hash)) throw new AppError("API_TOKEN_INVALID");
  if (row.revokedAt) throw new AppError("API_TOKEN_REVOKED");
  const scopes = parseScopes(row.scopes);
  if (!scopes.includes(scope)) throw new AppError("API_SCOPE_MISSING", { scope });

  const now = new Date();
  const user = row.createdById
    ? await db.user.findUnique({
        where: { id: row.createdById },
        select: { id: true, name: true, role: true, banned: true, banExpires: true },
      })
    : null;
  const owner = tokenOwnerActor(user, scope, now);
  if (!owner) throw new AppError("API_OWNER_FORBIDDEN", { scope });
  await db.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  return { tokenId: row.id, name: row.name, prefix: row.prefix, scopes, owner };
}
