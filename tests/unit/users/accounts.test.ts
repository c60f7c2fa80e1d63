import { describe, expect, it } from "vitest";
import { createUserInput, generatePassword, removesLastAdmin } from "@/lib/users/accounts";

describe("generatePassword", () => {
  it("gives 16 characters without look-alikes, different each time", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});

describe("createUserInput", () => {
  it("normalises the email and name, accepts an empty password (generated later)", () => {
    const v = createUserInput.parse({
      email: " Lan@Example.VN ",
      name: "  Lan  ",
      role: "reviewer",
      locale: "vi",
      password: "",
    });
    expect(v).toMatchObject({ email: "lan@example.vn", name: "Lan", password: "" });
  });

  it("refuses a short password, an unknown role or language and an empty name", () => {
    const base = { email: "a@b.vn", name: "A", role: "translator", locale: "en" };
    for (const bad of [{ password: "short" }, { role: "owner" }, { locale: "fr" }, { name: "   " }])
      expect(createUserInput.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
  });
});

describe("removesLastAdmin", () => {
  const admin = { role: "admin", active: true };
  it("refuses demoting or deactivating the last active admin", () => {
    expect(removesLastAdmin(admin, { kind: "role", role: "publisher" }, 0)).toBe(true);
    expect(removesLastAdmin(admin, { kind: "active", active: false }, 0)).toBe(true);
  });
  it("allows it when another active admin remains, and any change that keeps the admin", () => {
    expect(removesLastAdmin(admin, { kind: "role", role: "publisher" }, 1)).toBe(false);
    expect(removesLastAdmin(admin, { kind: "role", role: "admin" }, 0)).toBe(false);
    expect(removesLastAdmin({ role: "admin", active: false }, { kind: "role", role: "reviewer" }, 0)).toBe(false);
    expect(removesLastAdmin({ role: "reviewer", active: true }, { kind: "active", active: false }, 0)).toBe(false);
  });
});
