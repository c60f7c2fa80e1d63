import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/vocabulary";
import { sessionUserFrom, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/** The signed-in user, once per request (pages, i18n and actions share it). */
export const currentUser = cache(async (): Promise<SessionUser | null> => sessionUserFrom(await headers()));

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
