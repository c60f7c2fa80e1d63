"use server";
// Signing in and out as the sign-in form and the workbench header call them (lib/auth/server/sign-in.ts).
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/action";
import { signIn, signOut } from "@/lib/auth/server/sign-in";

export type SignInState = { code: string | null; params?: Record<string, string | number>; email: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn({ email, password: form.get("password") });
  } catch (error) {
    if (isAppError(error)) return { code: error.code, params: error.params, email };
    console.error("[sign-in]", error);
    return { code: "INTERNAL", email };
  }
  const next = String(form.get("next") ?? "");
  // Only same-site paths: never an open redirect.
  redirect(/^\/(?!\/)[\w\-/]*$/.test(next) ? next : "/articles");
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/sign-in");
}

/**
 * Signing in again in place, from the dialog an expired session opens in the workbench
 * (components/auth/session-guard.tsx): an answer instead of a redirect, so the page, its typed text and
 * its pending saves stay where they are, and are retried once this succeeds.
 */
export async function signInAgainAction(form: FormData): Promise<ActionResult<null>> {
  try {
    await signIn({ email: form.get("email"), password: form.get("password") });
    return { ok: true, data: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, params: error.params };
    console.error("[sign-in again]", error);
    return { ok: false, code: "INTERNAL" };
  }
}
