"use server";
// The language switcher, user administration and the own-password change (lib/users/server/actions.ts),
// bound to the session.
import { cookies, headers } from "next/headers";
import type { ActionInput, ActionResult } from "@/lib/action";
import { auth } from "@/lib/auth/server/auth";
import { sessionAction } from "@/lib/auth/server/session-action";
import { currentActor } from "@/lib/auth/server/current-actor";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import * as users from "./actions";
import { setLocaleAction } from "./actions";

/** Signed in: the choice is saved on the user. Always: a cookie, so the sign-in page follows it too. */
export async function changeLocale(locale: string): Promise<ActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return { ok: false, code: "INVALID_INPUT", params: { field: "locale" } };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  const actor = await currentActor();
  return actor ? setLocaleAction({ locale }, actor) : { ok: true, data: { locale } };
}

export const listUsers = sessionAction(users.listUsersAction);
export const createUser = sessionAction(users.createUserAction);
export const setUserRole = sessionAction(users.setUserRoleAction);
export const resetUserPassword = sessionAction(users.resetUserPasswordAction);
export const setUserActive = sessionAction(users.setUserActiveAction);

/** The session this request belongs to stays signed in; every other session of the user ends. */
export async function changeOwnPassword(input: ActionInput<ReturnType<typeof users.changeOwnPasswordAction>>) {
  const session = await auth.api.getSession({ headers: await headers() });
  return users.changeOwnPasswordAction(session?.session.token ?? null)(input, await currentActor());
}
