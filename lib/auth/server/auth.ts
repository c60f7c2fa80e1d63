import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, defaultAc, userAc } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { signInGuardAfter, signInGuardBefore } from "./sign-in-guard";
import { keepSessionCookieOnMiss } from "./keep-cookie-on-miss";

// Accounts are created by admins (and the demo seed), never through public sign-up.
// Roles live on the user row through better-auth's admin plugin; what a role may do in Duyệt is
// decided by lib/auth/permissions.ts, not by better-auth's access control (which only guards its own
// user-management endpoints: only "admin" may use them).
//
// No impersonation: an admin acting as a reviewer could approve the admin's own text while the audit log
// named only the reviewer. The endpoints are disabled, the admin role lacks the permission (so a direct
// server call is refused too), and lib/auth/server/session-user.ts refuses any session marked as one.
const IMPERSONATION_PATHS = ["/admin/impersonate-user", "/admin/stop-impersonating"];
const adminRole = defaultAc.newRole({
  user: adminAc.statements.user.filter((p) => !p.startsWith("impersonate")),
  session: [...adminAc.statements.session],
});

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: isPostgresUrl() ? "postgresql" : "sqlite" }),
  secret: process.env.BETTER_AUTH_SECRET,
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  // The browser talks to the origin it loaded the page from; trust exactly that origin (same-origin
  // check) so the app works behind whatever host name it is served on.
  trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  user: { additionalFields: { locale: { type: "string", required: false, defaultValue: "en", input: false } } },
  // Sign-in is limited by failed attempts per account and per address, in the database (sign-in-guard.ts),
  // for the HTTP endpoint and the server action alike. better-auth's own limiter (in memory, per process)
  // still guards its other endpoints; it reads X-Forwarded-For, which the route handler sets to the
  // client address Duyệt resolved (lib/auth/server/client-address.ts), so a forged header cannot reset it.
  hooks: { before: signInGuardBefore, after: signInGuardAfter },
  // A new session is a sign-in: Admin → Users shows when each user last signed in (sessions themselves
  // end on sign-out and deactivation, so they cannot answer that).
  databaseHooks: {
    session: {
      create: {
        after: async (session) => {
          await db.user.updateMany({ where: { id: session.userId }, data: { lastSignInAt: session.createdAt } });
        },
      },
    },
  },
  rateLimit: {
    enabled: process.env.NODE_ENV === "production",
    customRules: { "/sign-in/email": false },
  },
  advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"] } },
  disabledPaths: IMPERSONATION_PATHS,
  telemetry: { enabled: false },
  plugins: [
    admin({
      roles: { admin: adminRole, translator: userAc, reviewer: userAc, publisher: userAc },
      defaultRole: "translator",
      adminRoles: ["admin"],
    }),
    keepSessionCookieOnMiss(), // before nextCookies: an action that finds no session leaves the page alone
    nextCookies(), // last: lets server actions set the session cookie
  ],
});
