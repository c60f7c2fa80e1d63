import "server-only";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { withClientAddress } from "./client-address";

const credentials = z.object({ email: z.email().max(200), password: z.string().min(1).max(200) });

/**
 * Email + password through better-auth (its hooks apply the sign-in limit: sign-in-guard.ts); the session
 * cookie is set by its nextCookies plugin.
 */
export async function signIn(raw: { email: unknown; password: unknown }): Promise<void> {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) throw new AppError("AUTH_INVALID_CREDENTIALS");
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: withClientAddress(await headers()) });
  } catch (error) {
    if (error instanceof APIError && error.status === "TOO_MANY_REQUESTS") {
      const seconds = Number((error.body as { retryAfter?: unknown } | undefined)?.retryAfter) || 60;
      throw new AppError("AUTH_RATE_LIMITED", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    if (error instanceof APIError) throw new AppError("AUTH_INVALID_CREDENTIALS");
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}
