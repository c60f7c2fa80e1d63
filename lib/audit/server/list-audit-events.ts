import "server-only";
import { db } from "@/lib/db";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/audit/filters";

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
  total: number;
  page: number;
  pageSize: number;
  users: { id: string; name: string }[];
};

/** Audit events newest first, filtered by action prefix, actor, article and UTC day range. */
export async function listAuditEvents(q: AuditQuery): Promise<AuditPage> {
  const action = q.action?.replace(/\.$/, "");
  const where = {
    // "translation" must not match "translationx.foo": exact, or the prefix followed by a dot.
    ...(action ? { OR: [{ action }, { action: { startsWith: `${action}.` } }] } : {}),
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
  const [rows, total, users] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (q.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
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
  return { events, total, page: q.page, pageSize: AUDIT_PAGE_SIZE, users };
}

function parseData(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
