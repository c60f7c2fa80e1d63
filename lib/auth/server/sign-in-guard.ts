import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { clientAddress } from "./client-address";
import { recordFailedSignIn } from "./record-failed-sign-in";
import { releaseSignInAttempt } from "./release-sign-in-attempt";
import { reserveSignInAttempt, type SignInAttempt } from "./reserve-sign-in-attempt";

// The sign-in limit lives in better-auth's hook pipeline, which both ways in go through: the HTTP endpoint
// POST /api/auth/sign-in/email and auth.api.signInEmail (the sign-in form's server action). One guard, so
// no path is left unlimited.
const SIGN_IN_PATH = "/sign-in/email";

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request };

function attemptOf(ctx: HookContext): SignInAttempt | null {
  if (ctx.path !== SIGN_IN_PATH) return null;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || !email.trim() || email.length > 320) return null; // better-auth refuses it (400)
  const headers = ctx.headers ?? ctx.request?.headers;
  return { email, address: headers ? clientAddress(headers) : null };
}

/** Before the password is checked: count the attempt, or refuse it without checking anything. */
export const signInGuardBefore = createAuthMiddleware(async (ctx) => {
  const attempt = attemptOf(ctx);
  if (!attempt) return;
  const r = await reserveSignInAttempt(attempt);
  if (r.ok) return;
  console.warn(
    JSON.stringify({
      event: "auth.sign-in-limited",
      email: attempt.email.trim().toLowerCase().slice(0, 200),
      address: attempt.address,
      limitedBy: r.limitedBy,
      retryAfterSeconds: r.retryAfterSeconds,
    }),
  );
  throw new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "AUTH_RATE_LIMITED",
      retryAfter: r.retryAfterSeconds,
      message: `Too many failed sign-ins. Try again in ${r.retryAfterSeconds} seconds.`,
    },
    { "Retry-After": String(r.retryAfterSeconds) },
  );
});

/** After: a wrong password stays counted (and is logged); anything else gives the count back. */
export const signInGuardAfter = createAuthMiddleware(async (ctx) => {
  const attempt = attemptOf(ctx);
  if (!attempt) return;
  const returned = (ctx.context as { returned?: unknown }).returned;
  if (isAPIError(returned) && returned.statusCode === 401) await recordFailedSignIn(attempt);
  else await releaseSignInAttempt(attempt);
});
