// The per-day effort sums (EffortDay) that every writer keeps equal a rebuild from the stored effort.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { writeMtBatch } from "@/lib/translation/server/write-mt-batch";
import { fillEffort } from "@/lib/review/server/fill-effort";
import { dayOf } from "@/lib/review/effort-fields";
import { rebuildEffortDays } from "@/lib/review/server/rebuild-effort-days";
import { createActor, createArticle } from "../../factories";
import { bundle } from "./effort-helpers";

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
