import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";

/**
 * When a server action finds the session gone (expired, revoked, its row deleted), better-auth answers with
 * a Set-Cookie that deletes the session cookie, and nextCookies writes it through next/headers. In Next,
 * any cookie written by a server action makes the page render again in the action's answer, where the
 * workbench finds no user and redirects to the sign-in page: the editor, and every text typed in it, would
 * be gone. So for calls made on the server (not through /api/auth), a deletion is dropped: the action just
 * answers UNAUTHENTICATED, the page stays, and signing in again replaces the dead cookie. Placed before
 * nextCookies, whose after hook writes what is left.
 */
export function keepSessionCookieOnMiss(): BetterAuthPlugin {
  return {
    id: "duyet-keep-session-cookie-on-miss",
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === "/get-session",
          handler: createAuthMiddleware(async (ctx) => {
            if ("_flag" in ctx && ctx._flag === "router") return; // the HTTP endpoint: the browser's own call
            const headers = ctx.context.responseHeaders;
            const setCookie = headers?.get("set-cookie");
            if (setCookie && setCookie.toLowerCase().includes("max-age=0")) headers?.delete("set-cookie");
          }),
        },
      ],
    },
  };
}
