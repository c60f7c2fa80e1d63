import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { assertKeepsAnAdmin, lockTarget } from "./admin-guard";

/**
 * Deactivation is better-auth's ban (banned, no expiry) plus the end of every session, in one transaction
 * with the audit row: the user's open tabs are signed out at their next request, better-auth refuses their
 * sign-in, and their API tokens answer API_OWNER_FORBIDDEN (lib/cms/token-owner.ts). Reactivation lifts it.
 */
export async function setUserActive(input: { userId: string; active: boolean }, actor: Actor) {
  if (!input.active && input.userId === actor.id) throw new AppError("USER_SELF_DEACTIVATE");
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, input.userId);
    if (!input.active) await assertKeepsAnAdmin(tx, target, { kind: "active", active: false });
    await tx.user.update({
      where: { id: target.id },
      data: input.active
        ? { banned: false, banReason: null, banExpires: null }
        : { banned: true, banReason: "deactivated", banExpires: null },
    });
    const ended = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: target.id } })).count;
    await recordEvent(tx, {
      actorId: actor.id,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: target.id,
      data: { email: target.email, sessionsEnded: ended },
    });
    return { active: input.active, sessionsEnded: ended };
  });
}
