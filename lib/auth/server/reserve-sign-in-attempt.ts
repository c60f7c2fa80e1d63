import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import {
  accountKey,
  addressKey,
  secondsLeft,
  signInPolicy,
  type LimitRule,
  type SignInPolicy,
} from "@/lib/auth/sign-in-limits";

export type SignInAttempt = { email: string; address: string | null };
export type LimitOptions = { client?: Db; now?: Date; policy?: SignInPolicy };
export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number; limitedBy: "account" | "address" };

type Bucket = { kind: "account" | "address"; key: string; rule: LimitRule };

export function bucketsOf(attempt: SignInAttempt, policy: SignInPolicy): Bucket[] {
  const buckets: Bucket[] = [{ kind: "account", key: accountKey(attempt.email), rule: policy.account }];
  if (attempt.address) buckets.push({ kind: "address", key: addressKey(attempt.address), rule: policy.address });
  return buckets;
}

/**
 * Counts a sign-in attempt as failed before the password is checked, or refuses it when the account or
 * the address has used up its failures for the window. Counting first (and giving the count back on
 * success, release-sign-in-attempt.ts) means a burst of parallel guesses — on any number of app instances
 * sharing the database — gets no more tries than the limit: each increment is one atomic statement.
 */
export async function reserveSignInAttempt(attempt: SignInAttempt, o: LimitOptions = {}): Promise<Reservation> {
  const client = o.client ?? db;
  const now = o.now ?? new Date();
  const buckets = bucketsOf(attempt, o.policy ?? signInPolicy());
  // Already over the limit: refuse without writing anything.
  const rows = await client.rateLimitBucket.findMany({ where: { key: { in: buckets.map((b) => b.key) } } });
  const full = refusal(buckets, rows, now);
  if (full) return full;

  const counted: { key: string; count: number; windowStart: Date }[] = [];
  for (const b of buckets) {
    // A window that has ended starts again from zero; the condition makes the reset happen once even
    // when several instances see the old window at the same moment.
    await client.rateLimitBucket.updateMany({
      where: { key: b.key, windowStart: { lte: new Date(now.getTime() - b.rule.windowMs) } },
      data: { count: 0, windowStart: now },
    });
    counted.push(await increment(client, b.key, now));
  }
  const over = refusal(
    buckets,
    counted.map((r) => ({ ...r, count: r.count - 1 })),
    now,
  );
  if (over) {
    await giveBack(
      client,
      buckets.map((b) => b.key),
    ); // lost the race for the last try: this one does not count
    return over;
  }
  return { ok: true };
}

function refusal(
  buckets: Bucket[],
  rows: { key: string; count: number; windowStart: Date }[],
  now: Date,
): Reservation | null {
  let worst: Reservation | null = null;
  for (const b of buckets) {
    const row = rows.find((r) => r.key === b.key);
    if (!row || row.windowStart.getTime() + b.rule.windowMs <= now.getTime() || row.count < b.rule.max) continue;
    const retryAfterSeconds = secondsLeft(row.windowStart, b.rule.windowMs, now);
    if (!worst || (!worst.ok && retryAfterSeconds > worst.retryAfterSeconds))
      worst = { ok: false, retryAfterSeconds, limitedBy: b.kind };
  }
  return worst;
}

async function increment(client: Db, key: string, now: Date) {
  const upsert = () =>
    client.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
    });
  try {
    return await upsert();
  } catch (error) {
    // Two first attempts at once: one insert loses on the primary key; its retry is an increment.
    if ((error as { code?: string }).code === "P2002") return upsert();
    throw error;
  }
}

export async function giveBack(client: Db, keys: string[]): Promise<void> {
  // One statement per key, so no statement ever holds one bucket's row lock while waiting for another's:
  // a single multi-row UPDATE deadlocked on PostgreSQL against a parallel attempt's increments.
  for (const key of keys) {
    await client.rateLimitBucket.updateMany({
      where: { key, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
  }
}
