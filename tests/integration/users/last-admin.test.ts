// The newsroom never loses its last active admin: not by demotion, not by deactivation, not by two
// admins demoting each other at the same moment.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { setUserActiveAction, setUserRoleAction } from "@/lib/users/server/actions";
import { createUserWithPassword } from "../auth/helpers";
import { adminActor, auditOf } from "./helpers";

afterAll(() => stopWebhookWorker());

describe("the last admin", () => {
  it("never leaves the newsroom without an active admin, and an admin cannot deactivate themselves", async () => {
    const admin = await adminActor();
    await db.user.updateMany({ where: { role: "admin", id: { not: admin.id } }, data: { role: "translator" } });
    expect(await setUserRoleAction({ userId: admin.id, role: "reviewer" }, admin)).toMatchObject({
      ok: false,
      code: "USER_LAST_ADMIN",
    });
    expect(await setUserActiveAction({ userId: admin.id, active: false }, admin)).toMatchObject({
      ok: false,
      code: "USER_SELF_DEACTIVATE",
    });
    // A second admin who is deactivated does not count: the first is still the last active one.
    const second = await createUserWithPassword("admin");
    await db.user.update({ where: { id: second.id }, data: { banned: true } });
    expect(await setUserRoleAction({ userId: admin.id, role: "reviewer" }, { ...admin, id: second.id })).toMatchObject({
      ok: false,
      code: "USER_LAST_ADMIN",
    });
    await db.user.update({ where: { id: second.id }, data: { banned: false } });
    expect(await setUserRoleAction({ userId: admin.id, role: "reviewer" }, admin)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "reviewer" });
    expect((await auditOf(admin.id)).map((e) => e.action)).toEqual(["user.role"]);
  });

  it("two admins demoting each other at the same moment: exactly one succeeds", async () => {
    const a = await adminActor();
    const b = await adminActor();
    await db.user.updateMany({ where: { role: "admin", id: { notIn: [a.id, b.id] } }, data: { role: "translator" } });
    const results = await Promise.all([
      setUserRoleAction({ userId: b.id, role: "translator" }, a),
      setUserRoleAction({ userId: a.id, role: "translator" }, b),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "USER_LAST_ADMIN" });
    expect(await db.user.count({ where: { role: "admin", banned: { not: true } } })).toBe(1);
  });
});
