import { describe, expect, it } from "vitest";
import { accountKey, addressKey, secondsLeft, signInPolicy } from "@/lib/auth/sign-in-limits";

describe("sign-in limit policy", () => {
  it("defaults to 5 failures per account and 30 per address in 15 minutes", () => {
    expect(signInPolicy({})).toEqual({
      account: { max: 5, windowMs: 900_000 },
      address: { max: 30, windowMs: 900_000 },
    });
  });

  it("reads the environment and keeps the default for nonsense", () => {
    const p = signInPolicy({
      AUTH_SIGNIN_MAX_FAILURES_PER_ACCOUNT: "3",
      AUTH_SIGNIN_MAX_FAILURES_PER_ADDRESS: "100",
      AUTH_SIGNIN_WINDOW_MINUTES: "60",
    });
    expect(p).toEqual({ account: { max: 3, windowMs: 3_600_000 }, address: { max: 100, windowMs: 3_600_000 } });
    for (const bad of ["0", "-1", "2.5", "lots", ""]) {
      expect(signInPolicy({ AUTH_SIGNIN_MAX_FAILURES_PER_ACCOUNT: bad }).account.max, bad).toBe(5);
    }
  });

  it("keys accounts by a hash of the normalised e-mail and addresses by their bucket", () => {
    expect(accountKey(" Lan@Duyet.test ")).toBe(accountKey("lan@duyet.test"));
    expect(accountKey("lan@duyet.test")).toMatch(/^account:[0-9a-f]{64}$/);
    expect(accountKey("lan@duyet.test")).not.toContain("lan");
    expect(addressKey("2001:db8::1")).toBe("address:2001:db8:0:0::/64");
  });

  it("counts the seconds left in a window, at least one", () => {
    const start = new Date("2026-11-27T12:00:00Z");
    expect(secondsLeft(start, 900_000, new Date("2026-11-27T12:10:00.500Z"))).toBe(300);
    expect(secondsLeft(start, 900_000, new Date("2026-11-27T12:20:00Z"))).toBe(1);
  });
});
