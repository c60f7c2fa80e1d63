// Effort is stored with every text change: the stored numbers equal the pure HTER of lib/review/effort.ts.
// The Effort page's sums over them: effort-report.test.ts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { writeMtBatch } from "@/lib/translation/server/write-mt-batch";
import { fillEffort, pendingEffortWhere } from "@/lib/review/server/fill-effort";
import { terWords } from "@/lib/review/ter-tokenize";
import { createActor, createArticle } from "../../factories";
import { bundle, recount } from "./effort-helpers";

describe("stored effort", () => {
  it("equals the pure HTER, words and summed editing time after every kind of save", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await importArticle({ format: "json", content: bundle("Hà Nội khởi công tuyến metro") }, lan);
    await fillEffort();
    const [title, first, second] = await db.translation.findMany({
      where: { articleId, lang: "de" },
      orderBy: { segment: { position: "asc" } },
    });
    const s1 = await saveTranslation(
      {
        translationId: title!.id,
        expectedVersion: title!.version,
        text: "Hanoi baut eine neue U-Bahn",
        confirm: false,
        editSeconds: 40,
      },
      lan,
    );
    const s2 = await saveTranslation(
      {
        translationId: title!.id,
        expectedVersion: s1.version,
        text: "Hanoi: Bau der neuen U-Bahn beginnt",
        confirm: true,
        editSeconds: 25,
      },
      lan,
    );
    await approveTranslation({ translationId: title!.id, expectedVersion: s2.version, editSeconds: 5 }, jonas);
    await saveTranslation(
      { translationId: first!.id, expectedVersion: first!.version, text: "", confirm: false, editSeconds: 7 },
      lan,
    );
    await saveTranslation(
      {
        translationId: second!.id,
        expectedVersion: second!.version,
        text: "Fertig soll sie 2030 sein.",
        confirm: true,
      },
      lan,
    );
    for (const t of [title!, first!, second!]) {
      const { stored, pure } = await recount(t.id);
      expect(stored, t.id).toEqual(pure);
    }
    expect((await recount(title!.id)).stored.seconds).toBe(70);
    expect((await db.translation.findUniqueOrThrow({ where: { id: first!.id } })).effortAt).not.toBeNull(); // time spent, no words
  });

  it("is written with machine text (HTER 0 against itself) and without a baseline for text from scratch", async () => {
    const lan = await createActor("translator");
    const { articleId } = await createArticle(lan);
    const de = await db.translation.findFirstOrThrow({ where: { articleId, lang: "de" } });
    const en = await db.translation.findFirstOrThrow({ where: { articleId, lang: "en" } });
    const job = await db.mtJob.create({ data: { articleId, state: "running" } });
    await writeMtBatch({
      jobId: job.id,
      articleId,
      lang: "de",
      actorId: null,
      origin: "machine",
      engine: "deepl",
      settings: {},
      writes: [
        {
          translationId: de.id,
          segmentId: de.segmentId,
          text: "Hanoi baut eine neue U-Bahn-Linie",
          billedCharacters: 0,
        },
      ],
      billedCharacters: 0,
      requests: 1,
    });
    await saveTranslation(
      {
        translationId: en.id,
        expectedVersion: en.version,
        text: "Hanoi starts a new metro line",
        confirm: false,
        editSeconds: 90,
      },
      lan,
    );
    const words = (text: string) => terWords(text, "moses-like", false).length;
    expect(await db.translation.findUniqueOrThrow({ where: { id: de.id } })).toMatchObject({
      effortEdits: 0,
      effortHter: 0,
      effortWords: words("Hanoi baut eine neue U-Bahn-Linie"),
      effortBaseWords: words("Hanoi baut eine neue U-Bahn-Linie"),
    });
    expect(await db.translation.findUniqueOrThrow({ where: { id: en.id } })).toMatchObject({
      effortEdits: null,
      effortHter: null,
      effortWords: words("Hanoi starts a new metro line"),
      effortBaseWords: null,
      editSeconds: 90,
    });
  });

  it("of imported rows is stored with the import: no edits yet, dated at the import, nothing left to fill", async () => {
    const lan = await createActor("translator");
    const { articleId } = await importArticle({ format: "json", content: bundle("Bài nhập") }, lan);
    const rows = await db.translation.findMany({ where: { articleId, lang: "de" } });
    expect(rows.length).toBe(3);
    for (const r of rows) {
      expect(r.effortAt, r.id).toEqual(r.updatedAt);
      expect([r.effortEdits, r.effortHter, r.effortBaseWords]).toEqual([0, 0, r.effortWords]);
      expect((await recount(r.id)).stored).toEqual((await recount(r.id)).pure);
    }
    expect(await db.translation.count({ where: { articleId, ...pendingEffortWhere() } })).toBe(0);
  });
});
