import "server-only";
import { type Actor, isRole } from "@/lib/vocabulary";
import { auth } from "./auth";

export type SessionUser = Actor & { email: string; locale: string };

/**
 * The user a request's session cookie belongs to, or null. A banned user, a user without a Duyệt role and
 * an impersonation session (better-auth's admin plugin marks it with `impersonatedBy`) have none: Duyệt
 * does not let one person act under another's name, so such a session is worth nothing even if one was
 * created before impersonation was switched off (lib/auth/server/auth.ts).
 */
export async function sessionUserFrom(headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const impersonatedBy = (session.session as { impersonatedBy?: unknown }).impersonatedBy;
  if (impersonatedBy) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: unknown; locale?: unknown };
  const role = user.role;
  if (!isRole(role) || user.banned === true) return null;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role,
    locale: typeof user.locale === "string" ? user.locale : "en",
  };
}
