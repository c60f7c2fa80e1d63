import { describe, expect, it } from "vitest";
import { FORWARDED_CHAIN_HEADER } from "@/lib/auth/client-address";
import { pagePolicy, servedOverHttps, withForwardedForSetAside } from "@/lib/security/headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("the page policy", () => {
  it("allows scripts and style elements only with the nonce, never eval, and no framing", () => {
    const p = directives(pagePolicy({ nonce: "abc", dev: false, https: false }));
    expect(p.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(p.get("style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(p.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.has("upgrade-insecure-requests")).toBe(false);
    expect(pagePolicy({ nonce: "abc", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("adds eval and inline styles only in development (React's debugging needs them)", () => {
    const p = directives(pagePolicy({ nonce: "abc", dev: true, https: false }));
    expect(p.get("script-src")).toContain("'unsafe-eval'");
    expect(p.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("HTTPS detection", () => {
  it("believes the public URL, and X-Forwarded-Proto only when trusted proxies are configured", () => {
    expect(servedOverHttps({ publicUrl: "https://duyet.example", forwardedProto: null })).toBe(true);
    expect(servedOverHttps({ publicUrl: "http://localhost:3000", forwardedProto: "https" })).toBe(false);
    expect(servedOverHttps({ forwardedProto: "https" })).toBe(false);
    expect(servedOverHttps({ trustedProxies: "10.0.0.1", forwardedProto: "https, http" })).toBe(true);
    expect(servedOverHttps({ trustedProxies: "10.0.0.1", forwardedProto: "http" })).toBe(false);
  });
});

describe("forwarded addresses", () => {
  it("are set aside, so Next fills X-Forwarded-For with the socket address", () => {
    const h = withForwardedForSetAside(
      new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1", "x-real-ip": "7.7.7.7", accept: "text/html" }),
    );
    expect(h.get("x-forwarded-for")).toBeNull();
    expect(h.get("x-real-ip")).toBeNull();
    expect(h.get(FORWARDED_CHAIN_HEADER)).toBe("6.6.6.6, 10.0.0.1");
    expect(h.get("accept")).toBe("text/html");
  });

  it("never keep a chain header the client sent itself", () => {
    const h = withForwardedForSetAside(new Headers({ [FORWARDED_CHAIN_HEADER]: "1.2.3.4" }));
    expect(h.get(FORWARDED_CHAIN_HEADER)).toBeNull();
  });
});
