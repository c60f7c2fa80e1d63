import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { hashPassword, verifyPassword } from "./password-hasher";

export type OwnPasswordInput = { currentPassword: string; newPassword: string; repeat: string };

/**
 * Everyone's own password change (better-auth's changePassword with revokeOtherSessions): the current
 * password is checked first, then the new hash, the end of every other session and the audit row are
 * written together. `keepSessionToken` is the session the change was made from; it stays signed in.
 */
export async function changeOwnPassword(input: OwnPasswordInput, actor: Actor, keepSessionToken: string | null) {
  if (input.newPassword !== input.repeat) throw new AppError("PASSWORD_MISMATCH");
  const account = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" } });
  if (!account?.password || !(await verifyPassword(account.password, input.currentPassword)))
    throw new AppError("PASSWORD_WRONG");
  if (input.newPassword === input.currentPassword) throw new AppError("PASSWORD_UNCHANGED");
  const hash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Compare-and-set on the old hash: two changes racing with the same current password cannot both win.
    const updated = await tx.account.updateMany({
      where: { id: account.id, password: account.password },
      data: { password: hash },
    });
    if (updated.count !== 1) throw new AppError("PASSWORD_WRONG");
    const ended = await tx.session.deleteMany({
      where: { userId: actor.id, ...(keepSessionToken ? { token: { not: keepSessionToken } } : {}) },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.password-change",
      entityType: "user",
      entityId: actor.id,
      data: { sessionsEnded: ended.count },
    });
    return { sessionsEnded: ended.count };
  });
}
