import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeaders, signPayload, verifySignature } from "@/lib/cms/signature";
import { MAX_ATTEMPTS, nextDelivery, RETRY_DELAYS_MS, isSuccessStatus } from "@/lib/cms/retry";

const secret = "whsec_test";
const body = JSON.stringify({ event: "publication.created", data: { title: "Hà Nội khởi công" } });

describe("webhook signatures", () => {
  it("are HMAC-SHA256 of `<timestamp>.<body>` as sha256=<hex>", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signPayload(secret, 1700000000, body)).toBe(`sha256=${expected}`);
  });

  it("verify with the same secret, body and timestamp", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const h = signatureHeaders(secret, body, now);
    expect(h["X-Duyet-Timestamp"]).toBe(String(now.getTime() / 1000));
    expect(
      verifySignature({ secret, body, timestamp: h["X-Duyet-Timestamp"]!, signature: h["X-Duyet-Signature"]!, now }),
    ).toEqual({ ok: true });
  });

  it("reject another secret, a changed body, a moved timestamp, an old timestamp and garbage", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const h = signatureHeaders(secret, body, now);
    const ts = h["X-Duyet-Timestamp"]!;
    const sig = h["X-Duyet-Signature"]!;
    expect(verifySignature({ secret: "other", body, timestamp: ts, signature: sig, now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature({ secret, body: body.replace("Hà", "Ha"), timestamp: ts, signature: sig, now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature({ secret, body, timestamp: String(Number(ts) + 1), signature: sig, now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    const later = new Date(now.getTime() + 301_000);
    expect(verifySignature({ secret, body, timestamp: ts, signature: sig, now: later })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifySignature({ secret, body, timestamp: null, signature: sig, now })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifySignature({ secret, body, timestamp: ts, signature: "sha1=abc", now })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});

describe("delivery retries", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  it("wait 1 min, 5 min, 30 min, 2 h, 12 h and give up after 6 attempts", () => {
    expect(RETRY_DELAYS_MS.map((ms) => ms / 60_000)).toEqual([1, 5, 30, 120, 720]);
    expect(MAX_ATTEMPTS).toBe(6);
    const waits = [1, 2, 3, 4, 5].map((attempts) => {
      const next = nextDelivery({ attempts, success: false, now });
      return next.state === "pending" ? (next.nextAttemptAt.getTime() - now.getTime()) / 60_000 : null;
    });
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(nextDelivery({ attempts: 6, success: false, now })).toEqual({ state: "failed" });
    expect(nextDelivery({ attempts: 3, success: true, now })).toEqual({ state: "delivered" });
  });

  it("count only 2xx as received", () => {
    expect([200, 201, 204, 299].every(isSuccessStatus)).toBe(true);
    expect([199, 301, 302, 400, 500].some(isSuccessStatus)).toBe(false);
  });
});
