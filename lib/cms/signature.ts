// Webhook signatures: HMAC-SHA256 over `<timestamp>.<body>`. The timestamp is inside the signed string,
// so a captured request cannot be replayed later with a fresh timestamp; receivers reject old ones.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Duyet-Signature";
export const TIMESTAMP_HEADER = "X-Duyet-Timestamp";
export const EVENT_HEADER = "X-Duyet-Event";
export const DELIVERY_HEADER = "X-Duyet-Delivery";
/** How far a receiver should accept the timestamp from its own clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `sha256=<hex>` of the exact bytes sent: re-serialising parsed JSON would change them. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return `sha256=${mac}`;
}

export function signatureHeaders(secret: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signPayload(secret, timestamp, body) };
}

export type VerifyResult = { ok: true } | { ok: false; reason: "malformed" | "mismatch" | "expired" };

/** What a receiver runs (see docs/openapi.yaml): constant-time compare, then the replay window. */
export function verifySignature(o: {
  secret: string;
  body: string;
  timestamp: string | null;
  signature: string | null;
  now?: Date;
  toleranceSeconds?: number;
}): VerifyResult {
  const ts = o.timestamp && /^\d{1,12}$/.test(o.timestamp) ? Number(o.timestamp) : NaN;
  if (!Number.isFinite(ts) || !o.signature || !/^sha256=[0-9a-f]{64}$/.test(o.signature))
    return { ok: false, reason: "malformed" };
  const expected = Buffer.from(signPayload(o.secret, ts, o.body));
  const given = Buffer.from(o.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "mismatch" };
  const age = Math.abs((o.now ?? new Date()).getTime() / 1000 - ts);
  return age > (o.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS) ? { ok: false, reason: "expired" } : { ok: true };
}
