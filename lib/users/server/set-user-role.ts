import "server-only";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { assertKeepsAnAdmin, lockTarget } from "./admin-guard";

/** Changes a user's role (what better-auth's admin setRole writes), never the last active admin's. */
export async function setUserRole(input: { userId: string; role: Role }, actor: Actor): Promise<{ role: Role }> {
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, input.userId);
    if (target.role === input.role) return { role: input.role };
    await assertKeepsAnAdmin(tx, target, { kind: "role", role: input.role });
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.role",
      entityType: "user",
      entityId: target.id,
      data: { email: target.email, from: target.role ?? "", to: input.role },
    });
    return { role: input.role };
  });
}
