import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_DATA, type AuditAction, type AuditData } from "@/lib/audit/actions";

export type AuditInput<A extends AuditAction = AuditAction> = {
  actorId: string | null;
  action: A; // dotted verb from the closed list in lib/audit/actions.ts
  entityType: string;
  entityId: string;
  articleId?: string | null;
  data?: AuditData<A>;
};

/**
 * Audit rows are written inside the transaction of the change they describe, never after it. The data
 * is checked against its action's schema first: a drifted shape fails the change, it is not stored.
 */
export async function recordEvent<A extends AuditAction>(
  tx: Prisma.TransactionClient,
  event: AuditInput<A>,
): Promise<void> {
  AUDIT_DATA[event.action].parse(event.data ?? {});
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
