import { describe, expect, it } from "vitest";
import { isBanned, tokenOwnerActor, type TokenOwnerRow } from "@/lib/cms/token-owner";

const now = new Date("2026-11-27T12:00:00Z");
const admin: TokenOwnerRow = { id: "u1", name: "Alex", role: "admin", banned: false, banExpires: null };

describe("a token's owner", () => {
  it("acts for an admin in both scopes", () => {
    expect(tokenOwnerActor(admin, "read", now)).toEqual({ id: "u1", name: "Alex", role: "admin" });
    expect(tokenOwnerActor(admin, "import", now)).toEqual({ id: "u1", name: "Alex", role: "admin" });
  });

  it("gives nothing for a missing, banned, demoted or unknown-role owner", () => {
    expect(tokenOwnerActor(null, "read", now)).toBeNull();
    expect(tokenOwnerActor({ ...admin, banned: true }, "read", now)).toBeNull();
    for (const role of ["publisher", "reviewer", "translator", "superuser", null]) {
      expect(tokenOwnerActor({ ...admin, role }, "read", now), String(role)).toBeNull();
    }
  });

  it("treats a ban as lifted once banExpires has passed", () => {
    expect(isBanned({ banned: true, banExpires: null }, now)).toBe(true);
    expect(isBanned({ banned: true, banExpires: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isBanned({ banned: true, banExpires: new Date(now.getTime() - 1) }, now)).toBe(false);
    expect(isBanned({ banned: null, banExpires: null }, now)).toBe(false);
  });
});
