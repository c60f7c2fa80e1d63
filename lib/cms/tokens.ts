// API tokens for the CMS: format, hashing for storage and scopes. Pure (node:crypto only), so the
// server code, the tests and a CLI agree on one definition.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const TOKEN_SCOPES = ["read", "import"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** `duyet_<8 hex prefix>_<43 base64url chars = 256 random bits>`: greppable in logs and secret scanners. */
const TOKEN_PATTERN = /^duyet_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export type GeneratedToken = { token: string; prefix: string; hash: string };

export function generateToken(): GeneratedToken {
  const prefix = randomBytes(4).toString("hex");
  const token = `duyet_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, hash: hashToken(token) };
}

/**
 * SHA-256 of the whole token, hex. A fast hash is right here (unlike passwords): the token carries 256
 * random bits, so there is nothing to brute-force, and a slow KDF would only cost every API request.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The prefix of a well-formed token, or null: malformed input never reaches the database. */
export function parseToken(token: string): { prefix: string } | null {
  const m = TOKEN_PATTERN.exec(token);
  return m ? { prefix: m[1]! } : null;
}

/** Constant-time comparison of two hex digests (equal length by construction; unequal → false). */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The secret a webhook receiver uses to verify signatures; stored as is, since signing needs it. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** Scopes are stored comma-separated; unknown words (from a future version) are ignored, not trusted. */
export function parseScopes(stored: string): TokenScope[] {
  const words = new Set(stored.split(",").map((s) => s.trim()));
  return TOKEN_SCOPES.filter((s) => words.has(s));
}

export function formatScopes(scopes: readonly TokenScope[]): string {
  return TOKEN_SCOPES.filter((s) => scopes.includes(s)).join(",");
}

/** Bearer token from an Authorization header value; null when absent or another scheme. */
export function bearerToken(header: string | null): string | null {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1]! : null;
}
