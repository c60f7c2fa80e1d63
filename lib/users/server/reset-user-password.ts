import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { generatePassword } from "@/lib/users/accounts";
import { lockTarget } from "./admin-guard";
import { hashPassword, newId } from "./password-hasher";

/**
 * An admin sets a new password (given, or generated and shown once), as better-auth's setUserPassword does,
 * and ends the user's sessions: whoever knew the old one is signed out. Audited without the password.
 */
export async function resetUserPassword(input: { userId: string; password?: string }, actor: Actor) {
  const generated = input.password ? null : generatePassword();
  const hash = await hashPassword(input.password || generated!);
  const accountId = await newId("account");
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, input.userId);
    const account = await tx.account.findFirst({ where: { userId: target.id, providerId: "credential" } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else
      await tx.account.create({
        data: { id: accountId, userId: target.id, accountId: target.id, providerId: "credential", password: hash },
      });
    const ended = (await tx.session.deleteMany({ where: { userId: target.id } })).count;
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.password-reset",
      entityType: "user",
      entityId: target.id,
      data: { email: target.email, generated: !!generated, sessionsEnded: ended },
    });
    return { generatedPassword: generated, sessionsEnded: ended };
  });
}
