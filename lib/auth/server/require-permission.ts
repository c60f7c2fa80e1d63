import "server-only";
import { notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { requireUser, type SessionUser } from "@/lib/auth/server/current-actor";

/** Admin pages: the signed-in user if allowed; others see "not found", as for a page that does not exist. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}
