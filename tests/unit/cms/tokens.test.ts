import { describe, expect, it } from "vitest";
import {
  bearerToken,
  formatScopes,
  generateToken,
  generateWebhookSecret,
  hashToken,
  parseScopes,
  parseToken,
  sameDigest,
} from "@/lib/cms/tokens";
import { statusForCode } from "@/lib/cms/api-errors";

describe("API tokens", () => {
  it("have the duyet_<prefix>_<secret> format, a 256-bit secret and a SHA-256 hash", () => {
    const { token, prefix, hash } = generateToken();
    expect(token).toMatch(/^duyet_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`duyet_${prefix}_`)).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token.split("_")[2]);
    expect(parseToken(token)).toEqual({ prefix });
  });

  it("are unique", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken().token));
    expect(tokens.size).toBe(200);
  });

  it("refuses malformed tokens before any lookup", () => {
    for (const bad of [
      "",
      "duyet_",
      "duyet_abc_def",
      "xduyet_0123abcd_" + "a".repeat(43),
      `duyet_0123abcd_${"a".repeat(42)}`,
      `duyet_0123ABCD_${"a".repeat(43)}`,
      `duyet_0123abcd_${"a".repeat(43)} `,
    ]) {
      expect(parseToken(bad), bad).toBeNull();
    }
  });

  it("compares digests in constant time and never equal for different lengths or empty input", () => {
    const h = hashToken("x");
    expect(sameDigest(h, hashToken("x"))).toBe(true);
    expect(sameDigest(h, hashToken("y"))).toBe(false);
    expect(sameDigest(h, h.slice(0, 10))).toBe(false);
    expect(sameDigest("", "")).toBe(false);
  });

  it("reads a Bearer header and nothing else", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc  ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("stores scopes in a canonical order and ignores unknown ones", () => {
    expect(formatScopes(["import", "read", "import"])).toBe("read,import");
    expect(parseScopes("import, read,admin")).toEqual(["read", "import"]);
    expect(parseScopes("")).toEqual([]);
  });

  it("makes distinct webhook secrets", () => {
    expect(generateWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(generateWebhookSecret());
  });
});

describe("API error statuses", () => {
  it("map codes to HTTP statuses", () => {
    expect(statusForCode("API_TOKEN_MISSING")).toBe(401);
    expect(statusForCode("API_TOKEN_INVALID")).toBe(401);
    expect(statusForCode("API_TOKEN_REVOKED")).toBe(403);
    expect(statusForCode("API_SCOPE_MISSING")).toBe(403);
    expect(statusForCode("PUBLICATION_NOT_FOUND")).toBe(404);
    expect(statusForCode("IMPORT_TOO_LARGE")).toBe(413);
    expect(statusForCode("IMPORT_INVALID_JSON")).toBe(400);
    expect(statusForCode("INTERNAL")).toBe(500);
    // The export download answers from the same map.
    expect(statusForCode("UNAUTHENTICATED")).toBe(401);
    expect(statusForCode("FORBIDDEN")).toBe(403);
    expect(statusForCode("ARTICLE_NOT_FOUND")).toBe(404);
  });
});
