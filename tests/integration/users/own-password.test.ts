import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionUserFrom } from "@/lib/auth/server/session-user";
import { changeOwnPasswordAction } from "@/lib/users/server/actions";
import { createUserWithPassword, PASSWORD, signInCookie } from "../auth/helpers";

// Everyone may change their own password: the current one is checked, the session the change is made from
// stays, every other session ends, and the change is audited without either password.
describe("own password", () => {
  it("changes the password, keeps this session, ends the others, audits it", async () => {
    const user = await createUserWithPassword("translator");
    const here = await signInCookie(user.email);
    const elsewhere = await signInCookie(user.email);
    const sessions = await db.session.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    const actor = { id: user.id, role: user.role, name: "T" };
    const input = { currentPassword: PASSWORD, newPassword: "a-new-password-2", repeat: "a-new-password-2" };

    const r = await changeOwnPasswordAction(sessions[0]!.token)(input, actor);
    expect(r).toMatchObject({ ok: true, data: { sessionsEnded: 1 } });
    expect(await sessionUserFrom(new Headers({ cookie: here }))).toMatchObject({ id: user.id });
    expect(await sessionUserFrom(new Headers({ cookie: elsewhere }))).toBeNull();
    await expect(signInCookie(user.email)).rejects.toThrow(/401/);
    await signInCookie(user.email, "a-new-password-2");
    const events = await db.auditEvent.findMany({ where: { entityId: user.id, action: { startsWith: "user." } } });
    expect(events.map((e) => e.action)).toEqual(["user.password-change"]);
    expect(events[0]!.data).not.toMatch(/password-2|correct-horse/);
  });

  it("refuses a wrong current password, a mismatch and the same password, changing nothing", async () => {
    const user = await createUserWithPassword("reviewer");
    const actor = { id: user.id, role: user.role, name: "R" };
    const change = changeOwnPasswordAction(null);
    const before = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    const cases = [
      [
        { currentPassword: "wrong-password", newPassword: "new-password-3", repeat: "new-password-3" },
        "PASSWORD_WRONG",
      ],
      [{ currentPassword: PASSWORD, newPassword: "new-password-3", repeat: "new-password-4" }, "PASSWORD_MISMATCH"],
      [{ currentPassword: PASSWORD, newPassword: PASSWORD, repeat: PASSWORD }, "PASSWORD_UNCHANGED"],
      [{ currentPassword: PASSWORD, newPassword: "short", repeat: "short" }, "INVALID_INPUT"],
    ] as const;
    for (const [input, code] of cases) expect(await change(input, actor)).toMatchObject({ ok: false, code });
    expect((await db.account.findFirstOrThrow({ where: { userId: user.id } })).password).toBe(before.password);
    expect(await db.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });
});
