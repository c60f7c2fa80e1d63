"use server";
// Signing in and out as the sign-in form and the workbench header call them (lib/auth/server/sign-in.ts).
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
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
