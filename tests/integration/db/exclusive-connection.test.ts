import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// One request's refused (rolled back) transaction must never take another request's write with it,
// nor show it rows that were never committed.
describe("the database connection", () => {
  it("keeps other requests out of a running transaction", async () => {
    let sawUncommitted: boolean | null = null;
    const failing = db
      .$transaction(async (tx) => {
        await tx.setting.create({ data: { key: "inside", value: "1" } });
        await pause(150);
        throw new Error("refused");
      })
      .catch((e: Error) => e.message);
    await pause(30);
    const outside = (async () => {
      sawUncommitted = (await db.setting.findUnique({ where: { key: "inside" } })) !== null;
      await db.setting.create({ data: { key: "outside", value: "1" } });
    })();
    expect(await failing).toBe("refused");
    await outside;
    expect(sawUncommitted).toBe(false);
    expect(await db.setting.findUnique({ where: { key: "outside" } })).not.toBeNull();
    expect(await db.setting.findUnique({ where: { key: "inside" } })).toBeNull();
  });

  it("lets a committed transaction through and serves queries after it", async () => {
    const [created] = await Promise.all([
      db.$transaction(async (tx) => {
        await pause(50);
        return tx.setting.create({ data: { key: "t1", value: "a" } });
      }),
      (async () => {
        await pause(10);
        return db.setting.count();
      })(),
    ]);
    expect(created.key).toBe("t1");
    expect(await db.setting.count({ where: { key: "t1" } })).toBe(1);
  });
});
