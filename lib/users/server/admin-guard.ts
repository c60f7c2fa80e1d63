import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { isBanned } from "@/lib/cms/token-owner";
import { removesLastAdmin, type AdminChange } from "@/lib/users/accounts";

// Changes that could take away an admin run one after another: each first writes this Setting row, which
// PostgreSQL locks until the transaction ends (SQLite runs one writer at a time anyway). Without it, two
// admins demoting each other at the same moment would each still count the other and both succeed.
const LOCK_KEY = "users.admin-lock";

export type TargetUser = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  banned: boolean | null;
  banExpires: Date | null;
};

const select = { id: true, name: true, email: true, role: true, banned: true, banExpires: true } as const;

/** The user the change is about, after taking the admin lock; USER_NOT_FOUND when there is none. */
export async function lockTarget(tx: Prisma.TransactionClient, userId: string): Promise<TargetUser> {
  const now = new Date();
  await tx.setting.upsert({
    where: { key: LOCK_KEY },
    create: { key: LOCK_KEY, value: JSON.stringify(now.toISOString()) },
    update: { value: JSON.stringify(now.toISOString()) },
  });
  const user = await tx.user.findUnique({ where: { id: userId }, select });
  if (!user) throw new AppError("USER_NOT_FOUND");
  return user;
}

/** Refuses (USER_LAST_ADMIN) a change that would leave no active admin. Call after lockTarget. */
export async function assertKeepsAnAdmin(tx: Prisma.TransactionClient, target: TargetUser, change: AdminChange) {
  const now = new Date();
  const others = await tx.user.findMany({
    where: { role: "admin", id: { not: target.id } },
    select: { banned: true, banExpires: true },
  });
  const active = others.filter((u) => !isBanned(u, now)).length;
  if (removesLastAdmin({ role: target.role, active: !isBanned(target, now) }, change, active))
    throw new AppError("USER_LAST_ADMIN");
}
