import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/lib/auth/permissions";
import { isRole } from "@/lib/vocabulary";

describe("permission table", () => {
  it("follows docs/WORKFLOW.md: translators cannot approve or publish, reviewers cannot publish, only admins manage", () => {
    expect(can("translator", "translation.edit")).toBe(true);
    expect(can("translator", "translation.approve")).toBe(false);
    expect(can("reviewer", "translation.approve")).toBe(true);
    expect(can("reviewer", "article.publish")).toBe(false);
    expect(can("publisher", "article.publish")).toBe(true);
    expect(can("publisher", "user.manage")).toBe(false);
    expect(can("admin", "user.manage")).toBe(true);
    expect(can(null, "article.read")).toBe(false);
  });

  it("each role includes everything of the role below it", () => {
    const order = ["translator", "reviewer", "publisher", "admin"] as const;
    for (let i = 1; i < order.length; i++) {
      for (const p of PERMISSIONS[order[i - 1]!]) expect(PERMISSIONS[order[i]!].has(p)).toBe(true);
    }
  });

  it("recognises only the four roles", () => {
    expect(["translator", "reviewer", "publisher", "admin"].every(isRole)).toBe(true);
    expect(isRole("user")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
