// The sign-in limit policy: failed attempts per account and per client address in a fixed window.
// Only failures count, so a newsroom behind one NAT address (or the e2e suite) is never locked out by
// signing in successfully. Pure: the server code (lib/auth/server/*-sign-in-*.ts) applies it.
import { createHash } from "node:crypto";
import { addressBucket } from "./client-address";

export type LimitRule = { max: number; windowMs: number };
export type SignInPolicy = { account: LimitRule; address: LimitRule };

const positive = (value: string | undefined, fallback: number, most: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= most ? n : fallback;
};

/**
 * AUTH_SIGNIN_MAX_FAILURES_PER_ACCOUNT (5), AUTH_SIGNIN_MAX_FAILURES_PER_ADDRESS (30) and
 * AUTH_SIGNIN_WINDOW_MINUTES (15); a value that is not a positive whole number keeps the default.
 */
export function signInPolicy(env: Record<string, string | undefined> = process.env): SignInPolicy {
  const windowMs = positive(env.AUTH_SIGNIN_WINDOW_MINUTES, 15, 24 * 60) * 60_000;
  return {
    account: { max: positive(env.AUTH_SIGNIN_MAX_FAILURES_PER_ACCOUNT, 5, 100_000), windowMs },
    address: { max: positive(env.AUTH_SIGNIN_MAX_FAILURES_PER_ADDRESS, 30, 1_000_000), windowMs },
  };
}

/** The account's bucket key: a hash, so the table holds no e-mail addresses (typed ones included). */
export function accountKey(email: string): string {
  return `account:${createHash("sha256").update(email.trim().toLowerCase(), "utf8").digest("hex")}`;
}

export function addressKey(address: string): string {
  return `address:${addressBucket(address)}`;
}

/** Whole seconds until a window that started at `windowStart` ends (at least 1). */
export function secondsLeft(windowStart: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}
