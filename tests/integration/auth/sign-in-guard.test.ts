import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth/server/auth";
import { createUserWithPassword, ORIGIN, PASSWORD } from "./helpers";

// Both ways into better-auth's sign-in — the HTTP endpoint and auth.api (the form's server action) — pass
// the same guard. Policy: the defaults (5 failures per account, 30 per address, 15 minutes).
const httpSignIn = (email: string, password: string, address: string) =>
  auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address },
    }),
  );

describe("the sign-in guard", () => {
  it("refuses the HTTP endpoint's 6th attempt after 5 wrong passwords, even from a new address with the right password", async () => {
    const user = await createUserWithPassword("translator");
    for (let i = 1; i <= 5; i++)
      expect((await httpSignIn(user.email, `wrong-${i}-password`, `198.51.100.${i}`)).status).toBe(401);
    const res = await httpSignIn(user.email, PASSWORD, "203.0.113.200");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(await res.json()).toMatchObject({ code: "AUTH_RATE_LIMITED", retryAfter: expect.any(Number) });
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "auth.failed", entityId: user.id } })).toBe(5);
  });

  it("refuses auth.api.signInEmail (the server action's way in) the same way", async () => {
    const user = await createUserWithPassword("reviewer");
    for (let i = 1; i <= 5; i++) {
      await expect(
        auth.api.signInEmail({
          body: { email: user.email, password: "wrong-password" },
          headers: new Headers({ "x-forwarded-for": `192.0.2.${i}` }),
        }),
      ).rejects.toMatchObject({ status: "UNAUTHORIZED" });
    }
    await expect(
      auth.api.signInEmail({
        body: { email: user.email, password: PASSWORD },
        headers: new Headers({ "x-forwarded-for": "192.0.2.99" }),
      }),
    ).rejects.toMatchObject({ status: "TOO_MANY_REQUESTS", body: { code: "AUTH_RATE_LIMITED" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets the right password in after a few mistakes and forgets them", async () => {
    const user = await createUserWithPassword("publisher");
    for (let i = 0; i < 4; i++)
      expect((await httpSignIn(user.email, "wrong-password", "192.0.2.150")).status).toBe(401);
    expect((await httpSignIn(user.email, PASSWORD, "192.0.2.150")).status).toBe(200);
    for (let i = 0; i < 4; i++)
      expect((await httpSignIn(user.email, "wrong-password", "192.0.2.150")).status).toBe(401);
    expect((await httpSignIn(user.email, PASSWORD, "192.0.2.150")).status).toBe(200);
  });
});
