import { describe, expect, it } from "vitest";
import { MAX_NOTICE_ROWS, initialsOf, parseNotice, rowsNotices, sseFrame } from "@/lib/live/events";

const actor = { id: "u1", name: "Lan Nguyễn" };

describe("live notices", () => {
  it("splits a commit's rows into notices PostgreSQL accepts (< 8000 bytes), each row once", () => {
    const rows = Array.from({ length: 250 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    const notices = rowsNotices("article-1", [...rows, rows[0]!], actor);
    expect(notices.map((n) => n.rows.length)).toEqual([MAX_NOTICE_ROWS, MAX_NOTICE_ROWS, 50]);
    expect(new Set(notices.flatMap((n) => n.rows)).size).toBe(250);
    for (const n of notices) expect(Buffer.byteLength(JSON.stringify(n))).toBeLessThan(8000);
  });

  it("reads back what it sent, and nothing else", () => {
    const [notice] = rowsNotices("article-1", ["t1"], actor);
    expect(parseNotice(JSON.stringify(notice))).toEqual(notice);
    expect(parseNotice("not json")).toBeNull();
    expect(
      parseNotice(JSON.stringify({ kind: "rows", articleId: "a", rows: [], actorId: "u", actorName: "" })),
    ).toBeNull();
    expect(parseNotice(JSON.stringify({ kind: "drop table" }))).toBeNull();
  });

  it("writes one SSE frame per event, with its id", () => {
    expect(sseFrame("rows", { a: "x\ny" }, "e-1")).toBe('id: e-1\nevent: rows\ndata: {"a":"x\\ny"}\n\n');
    expect(sseFrame("presence", [])).toBe("event: presence\ndata: []\n\n");
  });

  it("makes badge initials from Vietnamese and other names", () => {
    expect(initialsOf("Nguyễn Thị Lan")).toBe("NL");
    expect(initialsOf("Jonas Weber")).toBe("JW");
    expect(initialsOf("Ánh")).toBe("Á");
    expect(initialsOf("   ")).toBe("?");
  });
});
