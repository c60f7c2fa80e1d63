// The Effort page only sums stored effort in SQL: its aggregates equal a recount from the texts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { fillEffort } from "@/lib/review/server/fill-effort";
import { loadEffortReport } from "@/lib/review/server/load-effort-report";
import { effortTotals, hterDetail } from "@/lib/review/effort";
import { terWords } from "@/lib/review/ter-tokenize";
import { periodStart, weekOf } from "@/lib/review/effort-report";
import { dayOf } from "@/lib/review/effort-fields";
import { rebuildEffortDays } from "@/lib/review/server/rebuild-effort-days";
import { createActor, createArticle } from "../../factories";
import { bundle } from "./effort-helpers";

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
