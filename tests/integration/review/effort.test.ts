// Effort is stored with every text change and the Effort page only sums it in SQL: the stored numbers
// equal the pure HTER of lib/review/effort.ts, and the page's aggregates equal a recount from the texts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { writeMtBatch } from "@/lib/translation/server/write-mt-batch";
import { fillEffort, pendingEffortWhere } from "@/lib/review/server/fill-effort";
import { loadEffortReport } from "@/lib/review/server/load-effort-report";
import { effortTotals, hterDetail } from "@/lib/review/effort";
import { terWords } from "@/lib/review/ter-tokenize";
import { periodStart, weekOf } from "@/lib/review/effort-report";
import { dayOf } from "@/lib/review/effort-fields";
import { rebuildEffortDays } from "@/lib/review/server/rebuild-effort-days";
import { createActor, createArticle } from "../../factories";

const bundle = (title: string) =>
  JSON.stringify({
    title: { vi: title, de: "Neue U-Bahn in Hanoi" },
    paragraphs: [
      {
        sentences: [
          { vi: "Tuyến dài 39,6 km.", de: "Die Strecke ist 39,6 km lang." },
          { vi: "Dự kiến xong năm 2030.", de: "Fertig 2030." },
        ],
      },
    ],
  });

/** The pure computation, from the texts and the revisions: what the stored columns must say. */
async function recount(translationId: string) {
  const t = await db.translation.findUniqueOrThrow({ where: { id: translationId } });
  const revisions = await db.revision.aggregate({ where: { translationId }, _sum: { editSeconds: true } });
  const seconds = revisions._sum.editSeconds ?? 0;
  const words = t.text.trim() ? terWords(t.text, "moses-like", false).length : 0;
  const d = t.machineText !== null && t.text.trim() ? hterDetail(t.machineText, t.text) : null;
  return {
    stored: { edits: t.effortEdits, hter: t.effortHter, words: t.effortWords, seconds: t.editSeconds },
    pure: { edits: d?.edits ?? null, hter: d?.hter ?? null, words, seconds },
  };
}

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

describe("the effort report", () => {
  it("aggregates equal a recount from the texts, for the period, per article and per week", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const ids: string[] = [];
    for (let k = 0; k < 3; k++)
      ids.push((await importArticle({ format: "json", content: bundle(`Bài ${k}`) }, lan)).articleId);
    const scratch = (await createArticle(lan)).articleId; // no German import: written from scratch
    await fillEffort();
    let n = 0;
    for (const t of await db.translation.findMany({
      where: { articleId: { in: [...ids, scratch] } },
      orderBy: { id: "asc" },
    })) {
      n += 1;
      if (n % 3 === 0) continue; // some rows stay as imported (HTER 0) or empty
      const text = `${t.text || "Neu geschrieben"} ${n % 2 ? "und mehr" : ""}`.trim();
      const s = await saveTranslation(
        { translationId: t.id, expectedVersion: t.version, text, confirm: true, editSeconds: n * 10 },
        lan,
      );
      if (n % 4 === 0) {
        await approveTranslation(
          { translationId: t.id, expectedVersion: s.version, editSeconds: 3, overrideReason: "Checked" },
          jonas,
        );
      }
    }
    // One article edited 40 days ago: outside the default 30 days, inside "all".
    const old = new Date(Date.now() - 40 * 86_400_000);
    await db.translation.updateMany({
      where: { articleId: ids[0], effortAt: { not: null } },
      data: { effortAt: old, effortDay: dayOf(old) },
    });
    await rebuildEffortDays(); // the rows were moved behind the writers' back

    for (const period of ["30", "all"] as const) {
      const report = await loadEffortReport({ period, cursor: null });
      const since = periodStart(period, new Date())?.getTime() ?? 0;
      const rows = (await db.translation.findMany({ where: { effortAt: { not: null } } })).filter(
        (r) => r.effortAt!.getTime() >= since,
      );
      for (const lang of ["de", "en"] as const) {
        const mine = rows.filter((r) => r.lang === lang);
        const base = mine
          .filter((r) => r.machineText !== null && r.text.trim())
          .map((r) => hterDetail(r.machineText!, r.text));
        const expected = effortTotals(base);
        const total = report.totals[lang];
        expect(total.segments, `${period} ${lang}`).toBe(mine.length);
        const words = mine.reduce((w, r) => w + (r.text.trim() ? terWords(r.text, "moses-like", false).length : 0), 0);
        expect(total.words).toBe(words);
        expect(total.seconds).toBe(mine.reduce((s, r) => s + r.editSeconds, 0));
        if (base.length) expect(total.hter).toBeCloseTo(expected.hter, 12);
        else expect(total.hter).toBeNull();
      }
      expect(report.articles.map((a) => a.articleId).includes(ids[0]!)).toBe(period === "all");
      const weeks = new Set(rows.map((r) => weekOf(r.effortAt!)));
      expect(report.weeks.map((w) => w.week)).toEqual([...weeks].sort());
    }
    const report = await loadEffortReport({ period: "30", cursor: null });
    const fromScratch = report.articles.find((a) => a.articleId === scratch)!;
    expect(fromScratch.de).toMatchObject({ hter: null, baseSegments: 0 });
    expect(fromScratch.de.words).toBeGreaterThan(0);
    expect(fromScratch.de.seconds).toBeGreaterThan(0);
  });
});

describe("the per-day sums (EffortDay)", () => {
  const days = () => db.effortDay.findMany({ orderBy: [{ day: "asc" }, { lang: "asc" }] });

  it("kept by every writer equal a rebuild from the stored effort of every translation", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await importArticle({ format: "json", content: bundle("Bài tổng hợp") }, lan);
    const scratch = (await createArticle(lan)).articleId;
    await fillEffort();
    const [a, b, c] = await db.translation.findMany({
      where: { articleId, lang: "de" },
      orderBy: { segment: { position: "asc" } },
    });
    // One translation last changed ten days ago: its next change must move it to today.
    const earlier = new Date(Date.now() - 10 * 86_400_000);
    await db.translation.update({ where: { id: c!.id }, data: { effortAt: earlier, effortDay: dayOf(earlier) } });
    await rebuildEffortDays();
    const s1 = await saveTranslation(
      { translationId: a!.id, expectedVersion: a!.version, text: "Hanoi baut", confirm: true, editSeconds: 12 },
      lan,
    );
    await approveTranslation(
      { translationId: a!.id, expectedVersion: s1.version, editSeconds: 4, overrideReason: "Checked" },
      jonas,
    );
    await saveTranslation(
      { translationId: b!.id, expectedVersion: b!.version, text: "", confirm: false, editSeconds: 9 },
      lan,
    );
    await saveTranslation(
      { translationId: c!.id, expectedVersion: c!.version, text: "Fertig 2030, sagt man.", confirm: true },
      lan,
    );
    const empty = await db.translation.findFirstOrThrow({ where: { articleId: scratch, lang: "de" } });
    const job = await db.mtJob.create({ data: { articleId: scratch, state: "running" } });
    await writeMtBatch({
      jobId: job.id,
      articleId: scratch,
      lang: "de",
      actorId: null,
      origin: "machine",
      engine: "deepl",
      settings: {},
      writes: [{ translationId: empty.id, segmentId: empty.segmentId, text: "Maschinentext", billedCharacters: 0 }],
      billedCharacters: 0,
      requests: 1,
    });
    const kept = await days();
    expect(kept.some((d) => d.day === dayOf(earlier))).toBe(false); // its only translation moved to today
    await rebuildEffortDays();
    expect(kept).toEqual(await days());
  });

  it("stay right under simultaneous saves of many translations (one shared row per day and language)", async () => {
    const lan = await createActor("translator");
    const ids: string[] = [];
    for (let k = 0; k < 3; k++)
      ids.push((await importArticle({ format: "json", content: bundle(`Đồng thời ${k}`) }, lan)).articleId);
    await fillEffort();
    const rows = await db.translation.findMany({ where: { articleId: { in: ids } } });
    const saves = await Promise.allSettled(
      rows.map((t, i) =>
        saveTranslation(
          {
            translationId: t.id,
            expectedVersion: t.version,
            text: `${t.text || "Neu"} v${i}`,
            confirm: false,
            editSeconds: i,
          },
          lan,
        ),
      ),
    );
    expect(saves.filter((r) => r.status === "rejected")).toEqual([]);
    const kept = await days();
    await rebuildEffortDays();
    expect(kept).toEqual(await days());
  });
});
