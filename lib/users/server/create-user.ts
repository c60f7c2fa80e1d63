import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { generatePassword, type createUserInput } from "@/lib/users/accounts";
import { hashPassword, newId } from "./password-hasher";

export type CreatedUser = { id: string; email: string; generatedPassword: string | null };

/**
 * A user with an email-and-password account, as better-auth's admin createUser makes it (a user row and a
 * "credential" account whose accountId is the user id, the password hashed by better-auth's hasher), but
 * written here in one transaction with its audit row: both are stored or neither is.
 */
export async function createUser(input: z.output<typeof createUserInput>, actor: Actor): Promise<CreatedUser> {
  const generated = input.password ? null : generatePassword();
  const hash = await hashPassword(input.password || generated!);
  const [userId, accountId] = [await newId("user"), await newId("account")];
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new AppError("USER_EMAIL_TAKEN", { email: input.email });
    await tx.user.create({
      data: { id: userId, email: input.email, name: input.name, role: input.role, locale: input.locale },
    });
    await tx.account.create({
      data: { id: accountId, userId, accountId: userId, providerId: "credential", password: hash },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "user",
      entityId: userId,
      data: { email: input.email, name: input.name, role: input.role, locale: input.locale, generated: !!generated },
    });
    return { id: userId, email: input.email, generatedPassword: generated };
  });
}
