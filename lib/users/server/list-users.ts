import "server-only";
import { db } from "@/lib/db";
import { isBanned } from "@/lib/cms/token-owner";

export const USERS_PAGE_SIZE = 50;

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  locale: string;
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
};

/** One page of users by email (the unique index orders them), without password or session data. */
export async function listUsers(input: { page: number }) {
  const now = new Date();
  const [total, rows] = await Promise.all([
    db.user.count(),
    db.user.findMany({
      orderBy: { email: "asc" },
      skip: (input.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        locale: true,
        banned: true,
        banExpires: true,
        lastSignInAt: true,
        createdAt: true,
      },
    }),
  ]);
  const users: UserRow[] = rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locale: u.locale,
    active: !isBanned(u, now),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
  return { users, total, page: input.page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
