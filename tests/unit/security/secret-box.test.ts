import { describe, expect, it } from "vitest";
import { deriveKey, masterSecret, open, seal } from "@/lib/security/secret-box";

const SECRET = "a-server-secret-of-at-least-32-characters";
const PURPOSE = "mt.deepl-key";

describe("secret box", () => {
  const key = deriveKey(SECRET, PURPOSE);

  it("round-trips, never contains the plain text, and differs each time", () => {
    const a = seal("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx", key, PURPOSE);
    const b = seal("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx", key, PURPOSE);
    expect(a).not.toBe(b);
    expect(a).not.toContain("0f1e2d3c");
    expect(open(a, key, PURPOSE)).toBe("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx");
  });

  it("refuses another key, another purpose, a flipped byte and garbage with MT_KEY_UNREADABLE", () => {
    const sealed = seal("key", key, PURPOSE);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "B" : "A") + sealed.slice(-1);
    const attempts = [
      () => open(sealed, deriveKey(`${SECRET}!`, PURPOSE), PURPOSE),
      () => open(sealed, key, "other.purpose"),
      () => open(flipped, key, PURPOSE),
      () => open("v1.", key, PURPOSE),
      () => open("plain-text", key, PURPOSE),
    ];
    for (const attempt of attempts)
      expect(attempt).toThrowError(expect.objectContaining({ code: "MT_KEY_UNREADABLE" }));
  });

  it("derives different keys per purpose and per secret", () => {
    expect(deriveKey(SECRET, "a").equals(deriveKey(SECRET, "b"))).toBe(false);
    expect(deriveKey(SECRET, "a").equals(deriveKey(`${SECRET}x`, "a"))).toBe(false);
  });

  it("takes DUYET_SECRETS_KEY first, then BETTER_AUTH_SECRET; refuses a short or missing one", () => {
    expect(masterSecret({ DUYET_SECRETS_KEY: SECRET, BETTER_AUTH_SECRET: `${SECRET}-auth` })).toBe(SECRET);
    expect(masterSecret({ BETTER_AUTH_SECRET: `${SECRET}-auth` })).toBe(`${SECRET}-auth`);
    for (const env of [{}, { BETTER_AUTH_SECRET: "short" }, { DUYET_SECRETS_KEY: "  " }])
      expect(() => masterSecret(env)).toThrowError(expect.objectContaining({ code: "MT_KEY_ENCRYPTION_UNAVAILABLE" }));
  });
});
