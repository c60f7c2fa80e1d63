import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/articles/cursor";

describe("article cursors", () => {
  it("round-trip the stable key (createdAt, id)", () => {
    const row = { createdAt: new Date("2026-11-20T08:15:00.123Z"), id: "3f2b7c1e-9a4d-4c1b-8f00-2a6f1c9d0e11" };
    expect(decodeCursor(encodeCursor(row), "after")).toEqual({ ...row, dir: "after" });
  });

  it("ignore anything that is not a cursor, so the first page is shown", () => {
    for (const bad of [
      undefined,
      "",
      "2026-11-20",
      "not a date~x",
      "2026-11-20T08:15:00Z~a b",
      `2026-11-20T08:15:00Z~${"x".repeat(200)}`,
    ]) {
      expect(decodeCursor(bad, "before"), String(bad)).toBeNull();
    }
  });
});
