// Users with passwords and real sessions, made by better-auth itself (the factories' users have none).
import { randomUUID } from "node:crypto";
import { auth } from "@/lib/auth/server/auth";
import type { Role } from "@/lib/vocabulary";

export const PASSWORD = "correct-horse-battery";
export const ORIGIN = "http://localhost:3000";

export async function createUserWithPassword(role: Role, email = `${randomUUID().slice(0, 8)}@test.duyet`) {
  const { user } = await auth.api.createUser({
    body: { email, name: `${role} ${email.slice(0, 4)}`, password: PASSWORD, role },
  });
  return { id: user.id, email, role };
}

/** Signs in through better-auth's HTTP handler; returns the Cookie header a browser would send next. */
export async function signInCookie(email: string, password = PASSWORD, address = "203.0.113.7"): Promise<string> {
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address },
    }),
  );
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
