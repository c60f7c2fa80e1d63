import { describe, expect, it } from "vitest";
import { actionMatches, actionsMatching, auditHref, parseAuditFilters } from "@/lib/audit/filters";

describe("audit filters", () => {
  it("parse URL parameters into a query with whole UTC days", () => {
    const q = parseAuditFilters({
      action: "translation",
      user: "u1",
      article: "a1",
      from: "2026-11-01",
      to: "2026-11-02",
      after: "2026-11-01T10:00:00.000Z~e1",
    });
    expect(q).toMatchObject({ action: "translation", user: "u1", article: "a1", after: "2026-11-01T10:00:00.000Z~e1" });
    expect(q.createdFrom?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(q.createdBefore?.toISOString()).toBe("2026-11-03T00:00:00.000Z");
  });

  it("drop bad values instead of failing", () => {
    const q = parseAuditFilters({
      action: "DROP TABLE",
      from: "yesterday",
      before: "x".repeat(300),
      user: ["u1", "u2"],
      article: "",
    });
    expect(q).toEqual({
      after: undefined,
      before: undefined,
      user: "u1",
      action: undefined,
      from: undefined,
      to: undefined,
      article: undefined,
      createdFrom: undefined,
      createdBefore: undefined,
    });
  });

  it("match an action prefix on whole words", () => {
    expect(actionMatches("translation", "translation.approve")).toBe(true);
    expect(actionMatches("translation.approve", "translation.approve")).toBe(true);
    expect(actionMatches("translation", "translations.x")).toBe(false);
    expect(actionMatches("article.import", "article.export")).toBe(false);
  });

  it("keep filters across pages", () => {
    expect(auditHref({ action: "token" }, { after: "c1" })).toBe("/admin/audit?action=token&after=c1");
    expect(auditHref({ action: "token", after: "c1" })).toBe("/admin/audit?action=token");
    expect(auditHref({})).toBe("/admin/audit");
  });

  it("turn an action filter into the catalogued actions under it", () => {
    expect(actionsMatching("token")).toEqual(["token", "token.create", "token.revoke"]);
    expect(actionsMatching("token.create")).toEqual(["token.create"]);
    expect(actionsMatching("tok")).toEqual(["tok"]);
  });
});

describe("audit days in the newsroom's time zone", () => {
  it("start at local midnight", () => {
    const q = parseAuditFilters({ from: "2026-11-01", to: "2026-11-01" }, "Asia/Ho_Chi_Minh");
    expect(q.createdFrom?.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(q.createdBefore?.toISOString()).toBe("2026-11-01T17:00:00.000Z");
    // A DST change: Berlin's 2026-10-25 is 25 hours long.
    const b = parseAuditFilters({ from: "2026-10-25", to: "2026-10-25" }, "Europe/Berlin");
    expect(b.createdFrom?.toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(b.createdBefore?.toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
});
