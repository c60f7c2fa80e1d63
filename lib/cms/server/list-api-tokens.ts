import "server-only";
import { db } from "@/lib/db";
import { parseScopes, type TokenScope } from "@/lib/cms/tokens";
import { ensureWebhookWorker } from "./deliver-webhooks";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  webhookUrl: string | null;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  deliveries: { pending: number; delivered: number; failed: number };
};

/** Every token, newest first, without hashes or secrets: what the admin page shows. */
export async function listApiTokens(): Promise<ApiTokenRow[]> {
  ensureWebhookWorker(); // an admin looking at webhooks is a good moment to resume deliveries after a restart
  const [tokens, counts] = await Promise.all([
    db.apiToken.findMany({
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        name: true,
        prefix: true,
        scopes: true,
        webhookUrl: true,
        createdById: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
      },
    }),
    db.webhookDelivery.groupBy({ by: ["tokenId", "state"], _count: { _all: true } }),
  ]);
  const creatorIds = [...new Set(tokens.map((t) => t.createdById).filter((id): id is string => !!id))];
  const creators = new Map(
    (await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return tokens.map((t) => {
    const deliveries = { pending: 0, delivered: 0, failed: 0 };
    for (const c of counts) {
      if (c.tokenId === t.id && c.state in deliveries) deliveries[c.state as keyof typeof deliveries] = c._count._all;
    }
    return {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      scopes: parseScopes(t.scopes),
      webhookUrl: t.webhookUrl,
      createdBy: t.createdById ? (creators.get(t.createdById) ?? null) : null,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
      deliveries,
    };
  });
}
