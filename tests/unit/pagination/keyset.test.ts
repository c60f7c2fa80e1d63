import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, keysetOrder, keysetPage, keysetWhere, type Key } from "@/lib/pagination/keyset";
import { cappedCount } from "@/lib/pagination/capped-count";

const NEWEST: Key[] = [
  { field: "createdAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];
const DEADLINE: Key[] = [
  { field: "dueAt", dir: "asc", type: "nullableDate" },
  { field: "createdAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];
const at = new Date("2026-11-20T08:15:00.123Z");

describe("keyset cursors", () => {
  it("round-trip every key, a null deadline included", () => {
    const row = { dueAt: null, createdAt: at, id: "cm3abc_1-x" };
    expect(decodeCursor(DEADLINE, encodeCursor(DEADLINE, row), "after")).toEqual({
      values: [null, at, "cm3abc_1-x"],
      dir: "after",
    });
  });

  it("ignore anything that is not a cursor of this list, so the first page is shown", () => {
    for (const bad of [undefined, "", "x", `${at.toISOString()}~a b`, `~${at.toISOString()}~x`, "2026~x", "1~x"]) {
      expect(decodeCursor(NEWEST, bad, "after"), String(bad)).toBeNull();
    }
    expect(decodeCursor(NEWEST, `${at.toISOString()}~${"x".repeat(300)}`, "after")).toBeNull();
  });
});

describe("keyset queries", () => {
  it("walk newest first past the cursor, bounded on the indexed first key", () => {
    const cursor = { values: [at, "b"], dir: "after" as const };
    expect(keysetWhere(NEWEST, cursor)).toEqual({
      AND: [
        { createdAt: { lte: at } },
        { OR: [{ createdAt: { lt: at } }, { AND: [{ createdAt: at }, { id: { lt: "b" } }] }] },
      ],
    });
    expect(keysetOrder(NEWEST, true)).toEqual([{ createdAt: "asc" }, { id: "asc" }]);
  });

  it("keep null deadlines after every date, in both directions", () => {
    const dated = keysetWhere(DEADLINE, { values: [at, at, "b"], dir: "after" });
    expect(JSON.stringify(dated)).toContain('{"dueAt":null}');
    const undated = keysetWhere(DEADLINE, { values: [null, at, "b"], dir: "after" });
    expect(undated).toEqual({
      OR: [
        { AND: [{ dueAt: null }, { createdAt: { lt: at } }] },
        { AND: [{ dueAt: null }, { createdAt: at }, { id: { lt: "b" } }] },
      ],
    });
    const back = keysetWhere(DEADLINE, { values: [null, at, "b"], dir: "before" });
    expect((back as { OR: unknown[] }).OR[0]).toEqual({ dueAt: { not: null } });
    expect(keysetOrder(DEADLINE)[0]).toEqual({ dueAt: { sort: "asc", nulls: "last" } });
    expect(keysetOrder(DEADLINE, true)[0]).toEqual({ dueAt: { sort: "desc", nulls: "first" } });
  });

  it("turn size + 1 rows into a page with cursors on the sides that have rows", () => {
    const rows = [3, 2, 1].map((n) => ({ createdAt: new Date(n * 1000), id: `r${n}` }));
    const first = keysetPage(NEWEST, rows, 2, null);
    expect(first.rows.map((r) => r.id)).toEqual(["r3", "r2"]);
    expect([first.prev, first.next]).toEqual([null, encodeCursor(NEWEST, rows[1]!)]);
    // Walking backwards the query returns the rows in reverse; the page shows them in list order.
    const back = keysetPage(NEWEST, [rows[1]!, rows[0]!], 2, { values: [at, "x"], dir: "before" });
    expect(back.rows.map((r) => r.id)).toEqual(["r3", "r2"]);
    expect(back.prev).toBeNull();
    expect(back.next).toBe(encodeCursor(NEWEST, rows[1]!));
  });
});

describe("capped counts", () => {
  it("are exact up to the cap and say when there are more", () => {
    expect(cappedCount(10_000)).toEqual({ count: 10_000, capped: false });
    expect(cappedCount(10_001)).toEqual({ count: 10_000, capped: true });
  });
});
