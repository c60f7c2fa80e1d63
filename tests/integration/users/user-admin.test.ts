import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionUserFrom } from "@/lib/auth/server/session-user";
import { authenticateToken } from "@/lib/cms/server/authenticate-token";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import {
  createUserAction,
  listUsersAction,
  resetUserPasswordAction,
  setUserActiveAction,
  setUserRoleAction,
} from "@/lib/users/server/actions";
import { createActor } from "@/tests/factories";
import { createUserWithPassword, signInCookie } from "../auth/helpers";
import { createToken } from "../cms/helpers";
import { adminActor, auditOf, email } from "./helpers";

afterAll(() => stopWebhookWorker());

describe("user administration", () => {
  it("creates a user who can sign in with the given password; audited, password not in the log", async () => {
    const admin = await adminActor();
    const address = email("new");
    const r = await createUserAction(
      { email: address, name: "Lan Nguyen", role: "reviewer", locale: "vi", password: "given-password-1" },
      admin,
    );
    expect(r).toMatchObject({ ok: true, data: { email: address, generatedPassword: null } });
    const cookie = await signInCookie(address, "given-password-1");
    expect(await sessionUserFrom(new Headers({ cookie }))).toMatchObject({ role: "reviewer", locale: "vi" });
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user.lastSignInAt).toBeInstanceOf(Date);
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: "user.create", actorId: admin.id });
    expect(event!.data).not.toContain("given-password-1");
  });

  it("generates a password when none is given; a taken email changes nothing", async () => {
    const admin = await adminActor();
    const address = email("gen");
    const r = await createUserAction({ email: address, name: "Gen", role: "translator", locale: "en" }, admin);
    if (!r.ok) throw new Error(r.code);
    expect(r.data.generatedPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    await signInCookie(address, r.data.generatedPassword!);
    const users = await db.user.count();
    const events = await db.auditEvent.count();
    const again = await createUserAction(
      { email: address.toUpperCase(), name: "X", role: "admin", locale: "en" },
      admin,
    );
    expect(again).toMatchObject({ ok: false, code: "USER_EMAIL_TAKEN" });
    expect([await db.user.count(), await db.auditEvent.count()]).toEqual([users, events]);
  });

  it("refuses every user-admin action to a non-admin and bad input with a code", async () => {
    const publisher = await createActor("publisher");
    const r = await createUserAction({ email: email("x"), name: "X", role: "admin", locale: "en" }, publisher);
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const admin = await adminActor();
    const bad = await createUserAction({ email: "not-an-email", name: "X", role: "admin", locale: "en" }, admin);
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT", params: { field: "email" } });
    const short = await createUserAction(
      { email: email("s"), name: "X", role: "admin", locale: "en", password: "short" },
      admin,
    );
    expect(short).toMatchObject({ ok: false, code: "INVALID_INPUT", params: { field: "password" } });
  });

  it("changes a role, audited with from and to; the new role applies to the open session", async () => {
    const admin = await adminActor();
    const user = await createUserWithPassword("translator");
    const cookie = await signInCookie(user.email);
    expect(await setUserRoleAction({ userId: user.id, role: "publisher" }, admin)).toMatchObject({ ok: true });
    expect(await sessionUserFrom(new Headers({ cookie }))).toMatchObject({ role: "publisher" });
    const [event] = await auditOf(user.id);
    expect(JSON.parse(event!.data)).toEqual({ email: user.email, from: "translator", to: "publisher" });
  });

  it("deactivating ends sessions at once, refuses sign-in and the user's API tokens; reactivating restores", async () => {
    const admin = await adminActor();
    const owner = await createUserWithPassword("admin");
    const cookie = await signInCookie(owner.email);
    const token = await createToken({ id: owner.id, role: "admin", name: "Owner" }, ["read"]);
    await expect(authenticateToken(`Bearer ${token.token}`, "read")).resolves.toMatchObject({
      owner: { id: owner.id },
    });

    const r = await setUserActiveAction({ userId: owner.id, active: false }, admin);
    expect(r).toMatchObject({ ok: true, data: { active: false, sessionsEnded: 1 } });
    expect(await db.session.count({ where: { userId: owner.id } })).toBe(0);
    expect(await sessionUserFrom(new Headers({ cookie }))).toBeNull();
    await expect(signInCookie(owner.email)).rejects.toThrow(/sign-in failed: 403/);
    await expect(authenticateToken(`Bearer ${token.token}`, "read")).rejects.toMatchObject({
      code: "API_OWNER_FORBIDDEN",
    });

    expect(await setUserActiveAction({ userId: owner.id, active: true }, admin)).toMatchObject({ ok: true });
    await signInCookie(owner.email);
    await expect(authenticateToken(`Bearer ${token.token}`, "read")).resolves.toBeTruthy();
    expect((await auditOf(owner.id)).map((e) => e.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("resets a password: the new one works, the old one and the old sessions do not", async () => {
    const admin = await adminActor();
    const user = await createUserWithPassword("translator");
    const cookie = await signInCookie(user.email);
    const r = await resetUserPasswordAction({ userId: user.id }, admin);
    if (!r.ok) throw new Error(r.code);
    expect(await sessionUserFrom(new Headers({ cookie }))).toBeNull();
    await expect(signInCookie(user.email)).rejects.toThrow(/sign-in failed: 401/);
    await signInCookie(user.email, r.data.generatedPassword!);
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: "user.password-reset" });
    expect(event!.data).not.toContain(r.data.generatedPassword!);
    expect(await resetUserPasswordAction({ userId: "nobody" }, admin)).toMatchObject({ code: "USER_NOT_FOUND" });
  });

  it("lists users a page at a time with role, language, status and last sign-in", async () => {
    const admin = await adminActor();
    const user = await createUserWithPassword("reviewer");
    await signInCookie(user.email);
    await db.user.update({ where: { id: user.id }, data: { banned: true } });
    const total = await db.user.count();
    const r = await listUsersAction({ page: 1 }, admin);
    if (!r.ok) throw new Error(r.code);
    expect(r.data.total).toBe(total);
    expect(r.data.users.find((u) => u.id === user.id)).toMatchObject({ role: "reviewer", active: false, locale: "en" });
    expect(r.data.users.find((u) => u.id === user.id)!.lastSignInAt).not.toBeNull();
    const emails = r.data.users.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
  });
});
