// A TMX import is all or nothing and never holds the database for the length of the file: units are
// staged in short statements and merged in one short transaction (lib/translation/server/import-memory.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportTmx } from "@/lib/translation/tmx";
import { tmKey } from "@/lib/translation/tm-key";
import { importMemory } from "@/lib/translation/server/import-memory";
import { createActor } from "@/tests/factories";

async function seedEntry(vi: string, de: string | null, en: string | null) {
  return db.tmEntry.create({ data: { ...tmKey(vi), de, en } });
}

async function memory() {
  const rows = await db.tmEntry.findMany({ select: { vi: true, de: true, en: true }, orderBy: { vi: "asc" } });
  return { rows, staged: await db.tmImportRow.count(), audit: await db.auditEvent.count() };
}

describe("TMX import into the memory", () => {
  beforeEach(async () => {
    await db.tmEntry.deleteMany();
  });

  it("adds new sources, replaces the languages the file has, keeps the ones it lacks, and counts each", async () => {
    const admin = await createActor("admin");
    await seedEntry("Câu cũ.", "Alter Satz.", "Old sentence.");
    const xml = exportTmx([
      { vi: "Câu cũ.", de: "Neuer Satz." },
      { vi: "Câu mới.", de: "Neu.", en: "New." },
      { vi: "  Câu   mới. ", en: "New, again." }, // same normalised source: one unit, English replaced
    ]);
    expect(await importMemory({ xml }, admin)).toEqual({
      created: 1,
      updated: 1,
      skipped: 1,
      skippedBy: { noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 1 },
    });
    expect((await memory()).rows).toEqual([
      { vi: "Câu cũ.", de: "Neuer Satz.", en: "Old sentence." },
      { vi: "Câu mới.", de: "Neu.", en: "New, again." },
    ]);
    expect((await memory()).staged).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "memory.import" } });
    expect(JSON.parse(event.data)).toEqual({
      created: 1,
      updated: 1,
      skipped: 1,
      skippedBy: { noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 1 },
    });
  });

  it("imports a big file (worker thread, many statements) completely", async () => {
    const admin = await createActor("admin");
    const units = Array.from({ length: 3000 }, (_, i) => ({
      vi: `Câu thứ ${i} trong bộ nhớ.`,
      de: `Satz ${i}.`,
      en: `Sentence ${i}.`,
    }));
    expect(await importMemory({ xml: exportTmx(units) }, admin)).toEqual({
      created: 3000,
      updated: 0,
      skipped: 0,
      skippedBy: { noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 0 },
    });
    expect(await db.tmEntry.count()).toBe(3000);
    const last = await db.tmEntry.findUnique({ where: { hash: tmKey("Câu thứ 2999 trong bộ nhớ.").hash } });
    expect(last).toMatchObject({ de: "Satz 2999." });
    expect(await db.tmImportRow.count()).toBe(0);
  }, 60_000);

  it("changes nothing when the final write fails: no entry added or changed, nothing left staged", async () => {
    await seedEntry("Câu cũ.", "Alter Satz.", null);
    const before = await memory();
    // An actor that does not exist breaks the audit row's foreign key inside the final transaction,
    // after every unit was staged and merged: all of it must be undone.
    const ghost = { id: "no-such-user", role: "admin" as const, name: "Ghost" };
    const units = Array.from({ length: 2000 }, (_, i) => ({ vi: `Câu ${i}.`, de: `Satz ${i}.` }));
    const xml = exportTmx([{ vi: "Câu cũ.", de: "Überschrieben?" }, ...units]);
    await expect(importMemory({ xml }, ghost)).rejects.toThrow();
    expect(await memory()).toEqual(before);
  }, 60_000);

  it("sweeps units staged by an import that a crash cut off more than an hour ago", async () => {
    const admin = await createActor("admin");
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await db.tmImportRow.create({
      data: { id: "orphan", batchId: "crashed", ...tmKey("Mồ côi."), de: "Waise.", en: null, createdAt: old },
    });
    await importMemory({ xml: exportTmx([{ vi: "Một.", de: "Eins." }]) }, admin);
    expect(await db.tmImportRow.count()).toBe(0);
    expect(await db.tmEntry.findMany({ select: { vi: true } })).toEqual([{ vi: "Một." }]);
  });
});
