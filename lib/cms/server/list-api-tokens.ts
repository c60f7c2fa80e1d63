import "server-only";
import { db } from "@/lib/db";
import { parseScopes, type TokenScope } from "@/lib/cms/tokens";
import { decodeCursor, keysetOrder, keysetPage, keysetWhere, type Key } from "@/lib/pagination/keyset";
import { cappedCount, COUNT_TAKE, type CappedCount } from "@/lib/pagination/capped-count";
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

export type ApiTokenPage = { tokens: ApiTokenRow[]; total: CappedCount; prev: string | null; next: string | null };

const KEYS: Key[] = [
  { field: "createdAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];
export const TOKEN_PAGE_SIZE = 50;

/**
 * One page of tokens, newest first by keyset, without hashes or secrets: what the admin page shows.
 * Delivery counts are grouped for the page's tokens only, on the (tokenId, state) index.
 */
export async function listApiTokens(
  page: { after?: string; before?: string } = {},
  size = TOKEN_PAGE_SIZE,
): Promise<ApiTokenPage> {
  ensureWebhookWorker(); // an admin looking at webhooks is a good moment to resume deliveries after a restart
  const cursor = decodeCursor(KEYS, page.before, "before") ?? decodeCursor(KEYS, page.after, "after");
  const [found, counted] = await Promise.all([
    db.apiToken.findMany({
      where: keysetWhere(KEYS, cursor),
      orderBy: keysetOrder(KEYS, cursor?.dir === "before"),
      take: size + 1,
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
    db.apiToken.count({ orderBy: keysetOrder(KEYS), take: COUNT_TAKE }),
  ]);
  const { rows: tokens, prev, next } = keysetPage(KEYS, found, size, cursor);
  const counts = await db.webhookDelivery.groupBy({
    by: ["tokenId", "state"],
    _count: { _all: true },
    where: { tokenId: { in: tokens.map((t) => t.id) } },
  });
  const creatorIds = [...new Set(tokens.map((t) => t.createdById).filter((id): id is string => !!id))];
  const creators = new Map(
    (await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const rows = tokens.map((t) => {
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
  return { tokens: rows, total: cappedCount(counted), prev, next };
}
