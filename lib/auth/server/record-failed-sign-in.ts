import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/server/record-event";
import { signInPolicy } from "@/lib/auth/sign-in-limits";
import type { LimitOptions, SignInAttempt } from "./reserve-sign-in-attempt";

/**
 * A wrong password (already counted by reserve-sign-in-attempt.ts): one structured log line with the
 * address and the e-mail — never the password — and, when the e-mail belongs to an account, an
 * `auth.failed` audit row on that account (bounded by the account limit). Buckets of ended windows are
 * pruned here, so the table holds only what the current windows need.
 */
export async function recordFailedSignIn(attempt: SignInAttempt, o: LimitOptions = {}): Promise<void> {
  const client = o.client ?? db;
  const now = o.now ?? new Date();
  const email = attempt.email.trim().toLowerCase().slice(0, 200);
  console.warn(
    JSON.stringify({ event: "auth.sign-in-failed", email, address: attempt.address, at: now.toISOString() }),
  );
  const user = await client.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    await client.$transaction((tx) =>
      recordEvent(tx, {
        actorId: null,
        action: "auth.failed",
        entityType: "user",
        entityId: user.id,
        data: { email, address: attempt.address },
      }),
    );
  }
  const policy = o.policy ?? signInPolicy();
  const longest = Math.max(policy.account.windowMs, policy.address.windowMs);
  await client.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - longest) } } });
}
