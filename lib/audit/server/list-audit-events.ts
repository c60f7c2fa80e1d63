import "server-only";
import { db } from "@/lib/db";
import { actionsMatching, AUDIT_KEYS, AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/audit/filters";
import { decodeCursor, keysetOrder, keysetPage, keysetWhere } from "@/lib/pagination/keyset";
import { cappedCount, COUNT_TAKE, type CappedCount } from "@/lib/pagination/capped-count";

export type AuditEventRow = {
  id: string;
  action: string;
  createdAt: string;
  actor: string | null;
  actorId: string | null;
  entityType: string;
  entityId: string;
  articleId: string | null;
  articleTitle: string | null;
  data: Record<string, unknown>;
};
export type AuditPage = {
  events: AuditEventRow[];
  /** Matching events, counted up to the cap ("10,000+"). */
  total: CappedCount;
  /** Cursors of the newer and older pages, null at either end. */
  prev: string | null;
  next: string | null;
  users: { id: string; name: string }[];
};

/**
 * One page of audit events newest first, by keyset, filtered by action prefix, actor, article and day
 * range; each filter reads an index ending in createdAt, and the total stops counting at the cap.
 */
export async function listAuditEvents(q: AuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const cursor = decodeCursor(AUDIT_KEYS, q.before, "before") ?? decodeCursor(AUDIT_KEYS, q.after, "after");
  const where = {
    // "translation" must not match "translationx.foo": the catalogued actions under the prefix, by index.
    ...(q.action ? { action: { in: actionsMatching(q.action) } } : {}),
    ...(q.user ? { actorId: q.user } : {}),
    ...(q.article ? { articleId: q.article } : {}),
    ...(q.createdFrom || q.createdBefore
      ? {
          createdAt: {
            ...(q.createdFrom ? { gte: q.createdFrom } : {}),
            ...(q.createdBefore ? { lt: q.createdBefore } : {}),
          },
        }
      : {}),
  };
  const [found, counted, users] = await Promise.all([
    db.auditEvent.findMany({
      where: { AND: [where, keysetWhere(AUDIT_KEYS, cursor)] },
      orderBy: keysetOrder(AUDIT_KEYS, cursor?.dir === "before"),
      take: pageSize + 1,
      include: { actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where, orderBy: keysetOrder(AUDIT_KEYS), take: COUNT_TAKE }), // stops at the cap
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const { rows, prev, next } = keysetPage(AUDIT_KEYS, found, pageSize, cursor);
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((id): id is string => !!id))];
  const titles = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })).map((a) => [
      a.id,
      a.title,
    ]),
  );
  const events = rows.map((r) => ({
    id: r.id,
    action: r.action,
    createdAt: r.createdAt.toISOString(),
    actor: r.actor?.name ?? null,
    actorId: r.actorId,
    entityType: r.entityType,
    entityId: r.entityId,
    articleId: r.articleId,
    articleTitle: r.articleId ? (titles.get(r.articleId) ?? null) : null,
    data: parseData(r.data),
  }));
  return { events, total: cappedCount(counted), prev, next, users };
}

function parseData(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
