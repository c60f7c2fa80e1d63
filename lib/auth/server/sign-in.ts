import "server-only";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";

const credentials = z.object({ email: z.email().max(200), password: z.string().min(1).max(200) });

/** Email + password through better-auth; the session cookie is set by its nextCookies plugin. */
export async function signIn(raw: { email: unknown; password: unknown }): Promise<void> {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) throw new AppError("AUTH_INVALID_CREDENTIALS");
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      throw new AppError(error.status === "TOO_MANY_REQUESTS" ? "AUTH_RATE_LIMITED" : "AUTH_INVALID_CREDENTIALS");
    }
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}
