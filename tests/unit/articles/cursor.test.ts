import { describe, expect, it } from "vitest";
import { compareArticles, decodeCursor, encodeCursor } from "@/lib/articles/cursor";

describe("article cursors", () => {
  it("round-trip the stable key (createdAt, id)", () => {
    const row = { createdAt: new Date("2026-11-20T08:15:00.123Z"), id: "3f2b7c1e-9a4d-4c1b-8f00-2a6f1c9d0e11" };
    expect(decodeCursor(encodeCursor(row), "after")).toEqual({ ...row, dir: "after" });
  });

  it("ignore anything that is not a cursor, so the first page is shown", () => {
    for (const bad of [undefined, "", "2026-11-20", "not a date~x", "2026-11-20T08:15:00Z~a b", `2026-11-20T08:15:00Z~${"x".repeat(200)}`]) {
      expect(decodeCursor(bad, "before"), String(bad)).toBeNull();
    }
  });

  it("order newest first, the id breaking ties", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    const rows = [{ createdAt: t, id: "a" }, { createdAt: new Date("2026-02-01T00:00:00Z"), id: "z" }, { createdAt: t, id: "b" }];
    expect(rows.sort(compareArticles).map((r) => r.id)).toEqual(["z", "b", "a"]);
  });
});
