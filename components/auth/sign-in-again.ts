import type { ActionResult } from "@/lib/action";

/**
 * Signs in again through better-auth's HTTP endpoint (the same sign-in limits apply: sign-in-guard.ts). Not a
 * server action on purpose: a cookie written by a server action makes Next render the page again in the
 * same request, which still carries the old (dead) cookie, so the workbench would redirect to the sign-in
 * page and drop the editor with its unsaved texts. The endpoint sets the cookie; the page stays as it is.
 */
export async function signInAgain(email: string, password: string): Promise<ActionResult<null>> {
  let response: Response;
  try {
    response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, code: "ACTION_UNREACHABLE" };
  }
  if (response.ok) return { ok: true, data: null };
  if (response.status === 429) {
    const body: unknown = await response.json().catch(() => null);
    const seconds = body && typeof body === "object" && "retryAfter" in body ? Number(body.retryAfter) || 60 : 60;
    return { ok: false, code: "AUTH_RATE_LIMITED", params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  if (response.status >= 500) return { ok: false, code: "INTERNAL" };
  return { ok: false, code: "AUTH_INVALID_CREDENTIALS" };
}
