"use server";
// The language switcher's action (lib/users/server/actions.ts), bound to the session when there is one.
import { cookies } from "next/headers";
import type { ActionResult } from "@/lib/action";
import { currentActor } from "@/lib/auth/server/current-actor";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { setLocaleAction } from "./actions";

/** Signed in: the choice is saved on the user. Always: a cookie, so the sign-in page follows it too. */
export async function changeLocale(locale: string): Promise<ActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return { ok: false, code: "INVALID_INPUT", params: { field: "locale" } };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  const actor = await currentActor();
  return actor ? setLocaleAction({ locale }, actor) : { ok: true, data: { locale } };
}
