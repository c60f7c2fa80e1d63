import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: string; // dotted verb: article.import, translation.approve, …
  entityType: string;
  entityId: string;
  articleId?: string | null;
  data?: Record<string, unknown>;
};

/** Audit rows are written inside the transaction of the change they describe, never after it. */
export async function recordEvent(tx: Prisma.TransactionClient, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      articleId: event.articleId ?? null,
      data: JSON.stringify(event.data ?? {}),
    },
  });
}
