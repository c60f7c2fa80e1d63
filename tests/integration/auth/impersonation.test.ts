import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth/server/auth";
import { sessionUserFrom } from "@/lib/auth/server/session-user";
import { createUserWithPassword, ORIGIN, signInCookie } from "./helpers";

// An admin acting as a reviewer could approve their own text, and the audit log would name only the
// reviewer. Impersonation is switched off: the endpoint does not exist and such a session is no one.
describe("impersonation", () => {
  it("is not offered over HTTP, even to an admin", async () => {
    const admin = await createUserWithPassword("admin");
    const reviewer = await createUserWithPassword("reviewer");
    const cookie = await signInCookie(admin.email);
    for (const path of ["/admin/impersonate-user", "/admin/stop-impersonating"]) {
      const res = await auth.handler(
        new Request(`${ORIGIN}/api/auth${path}`, {
          method: "POST",
          body: JSON.stringify({ userId: reviewer.id }),
          headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        }),
      );
      expect(res.status, path).toBe(404);
    }
    expect(await db.session.count({ where: { userId: reviewer.id } })).toBe(0);
  });

  it("is refused to an admin calling the server API directly", async () => {
    const admin = await createUserWithPassword("admin");
    const reviewer = await createUserWithPassword("reviewer");
    const cookie = await signInCookie(admin.email);
    await expect(
      auth.api.impersonateUser({ body: { userId: reviewer.id }, headers: new Headers({ cookie }) }),
    ).rejects.toMatchObject({ status: "FORBIDDEN" });
    expect(await db.session.count({ where: { userId: reviewer.id } })).toBe(0);
  });

  it("a session marked as impersonation gives no user, the same session unmarked does", async () => {
    const admin = await createUserWithPassword("admin");
    const reviewer = await createUserWithPassword("reviewer");
    const cookie = await signInCookie(reviewer.email);
    expect(await sessionUserFrom(new Headers({ cookie }))).toMatchObject({ id: reviewer.id, role: "reviewer" });
    await db.session.updateMany({ where: { userId: reviewer.id }, data: { impersonatedBy: admin.id } });
    expect(await sessionUserFrom(new Headers({ cookie }))).toBeNull();
  });
});
