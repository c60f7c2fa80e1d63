import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { accountKey, addressKey, type SignInPolicy } from "@/lib/auth/sign-in-limits";
import { recordFailedSignIn } from "@/lib/auth/server/record-failed-sign-in";
import { releaseSignInAttempt } from "@/lib/auth/server/release-sign-in-attempt";
import { reserveSignInAttempt, type SignInAttempt } from "@/lib/auth/server/reserve-sign-in-attempt";

const policy: SignInPolicy = {
  account: { max: 5, windowMs: 15 * 60_000 },
  address: { max: 30, windowMs: 15 * 60_000 },
};
const other = createPrismaClient(process.env.DATABASE_URL); // a second app instance on the same database
afterAll(() => other.$disconnect());

let n = 0;
const email = () => `user${++n}-${Date.now()}@test.duyet`;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

/** A wrong password, as the guard handles it: counted first, then recorded as failed. */
async function fail(attempt: SignInAttempt, now = new Date()) {
  const r = await reserveSignInAttempt(attempt, { policy, now });
  if (r.ok) await recordFailedSignIn(attempt, { policy, now });
  return r;
}
const count = async (key: string) => (await db.rateLimitBucket.findUnique({ where: { key } }))?.count ?? 0;

describe("sign-in limits", () => {
  it("refuse an account's 6th attempt after 5 failures, from any address, until the window ends", async () => {
    const e = email();
    const start = new Date();
    for (let i = 1; i <= 5; i++)
      expect(await fail({ email: e, address: `198.51.100.${i}` }, at(start, i))).toEqual({ ok: true });
    const refused = await reserveSignInAttempt(
      { email: e.toUpperCase(), address: "203.0.113.99" },
      { policy, now: at(start, 6) },
    );
    expect(refused).toEqual({ ok: false, limitedBy: "account", retryAfterSeconds: 10 * 60 });
    expect(await count(accountKey(e))).toBe(5); // a refused attempt is not counted again
    expect(await count(addressKey("203.0.113.99"))).toBe(0);
    // Another account from the same addresses is not affected.
    expect(
      await reserveSignInAttempt({ email: email(), address: "198.51.100.1" }, { policy, now: at(start, 6) }),
    ).toEqual({ ok: true });
    // The window started with the first failure; once it has ended, the account starts from zero.
    expect(await reserveSignInAttempt({ email: e, address: "203.0.113.99" }, { policy, now: at(start, 16) })).toEqual({
      ok: true,
    });
    expect(await count(accountKey(e))).toBe(1);
  });

  it("refuse an address after 30 failures on any accounts; other addresses go on", async () => {
    const address = "192.0.2.44";
    const now = new Date();
    for (let i = 0; i < 30; i++) expect((await fail({ email: email(), address }, now)).ok).toBe(true);
    expect(await reserveSignInAttempt({ email: email(), address }, { policy, now })).toMatchObject({
      ok: false,
      limitedBy: "address",
    });
    expect(await reserveSignInAttempt({ email: email(), address: "192.0.2.45" }, { policy, now })).toEqual({
      ok: true,
    });
    // An IPv6 client counts as its /64: a new address in the same /64 is the same client.
    for (let i = 0; i < 30; i++) await fail({ email: email(), address: `2001:db8:5:5::${(i + 1).toString(16)}` }, now);
    expect(
      await reserveSignInAttempt({ email: email(), address: "2001:db8:5:5:ffff::1" }, { policy, now }),
    ).toMatchObject({ ok: false });
  });

  it("do not count successes: a sign-in gives the address its try back and clears the account's failures", async () => {
    const e = email();
    const address = "192.0.2.50";
    for (let i = 0; i < 4; i++) await fail({ email: e, address });
    expect(await reserveSignInAttempt({ email: e, address }, { policy })).toEqual({ ok: true });
    await releaseSignInAttempt({ email: e, address }, { policy });
    expect(await count(accountKey(e))).toBe(0);
    expect(await count(addressKey(address))).toBe(4);
    for (let i = 0; i < 50; i++) {
      // a newsroom behind one address signing in all day
      expect(await reserveSignInAttempt({ email: email(), address }, { policy })).toEqual({ ok: true });
      await releaseSignInAttempt({ email: `user${n}-x@test.duyet`, address }, { policy });
    }
    expect(await count(addressKey(address))).toBe(4);
  });

  it("lose no count when two app instances take attempts at the same time", async () => {
    const e = email();
    const loose: SignInPolicy = { account: { max: 1000, windowMs: 60_000 }, address: { max: 1000, windowMs: 60_000 } };
    const attempt = { email: e, address: "192.0.2.60" };
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        reserveSignInAttempt(attempt, { policy: loose, client: i % 2 ? other : db }),
      ),
    );
    expect(await count(accountKey(e))).toBe(40);
    expect(await count(addressKey("192.0.2.60"))).toBe(40);
  });

  it("let a parallel burst of guesses through only up to the limit, across instances", async () => {
    const attempt = { email: email(), address: "192.0.2.70" };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => reserveSignInAttempt(attempt, { policy, client: i % 2 ? other : db })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await count(accountKey(attempt.email))).toBe(5);
    expect(await count(addressKey(attempt.address))).toBe(5);
  });

  it("record a failure on a known account in the audit log and prune ended windows", async () => {
    const user = await db.user.create({
      data: { id: `u-${Date.now()}`, name: "Lan", email: "lan.audit@test.duyet", role: "translator" },
    });
    const old = new Date(Date.now() - 60 * 60_000);
    await db.rateLimitBucket.create({ data: { key: "address:192.0.2.99", count: 3, windowStart: old } });
    await fail({ email: "Lan.Audit@test.duyet", address: "192.0.2.80" });
    await fail({ email: "nobody@test.duyet", address: "192.0.2.80" });
    const rows = await db.auditEvent.findMany({ where: { action: "auth.failed" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: null, entityType: "user", entityId: user.id });
    expect(JSON.parse(rows[0]!.data)).toEqual({ email: "lan.audit@test.duyet", address: "192.0.2.80" });
    expect(await db.rateLimitBucket.findUnique({ where: { key: "address:192.0.2.99" } })).toBeNull();
  });
});
