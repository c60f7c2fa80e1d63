import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/action";
import { isRole } from "@/lib/auth/permissions";
import { auth } from "./auth";

export type SessionUser = Actor & { email: string; locale: string };

/** The signed-in user, once per request (pages, i18n and actions share it). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: unknown; locale?: unknown };
  const role = user.role;
  if (!isRole(role) || user.banned === true) return null;
  return {
    id: session.user.id, name: session.user.name, email: session.user.email, role,
    locale: typeof user.locale === "string" ? user.locale : "en",
  };
});

export async function currentActor(): Promise<Actor | null> {
  const user = await currentUser();
  return user ? { id: user.id, role: user.role, name: user.name } : null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
