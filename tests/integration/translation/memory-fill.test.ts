// Fill from memory without DeepL: on import (default on) and with the editor's button; exact matches become
// drafts from the memory, fuzzy ones only when an admin set a threshold; nothing else changes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { importArticle, importRequest } from "@/lib/articles/server/import-article";
import { fillFromMemoryAction } from "@/lib/translation/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { saveMemoryFillSettings } from "@/lib/settings/server/memory-fill-settings";
import { mtConfigured } from "@/lib/translation/server/load-provider";
import { tmKey } from "@/lib/translation/tm-key";
import { indexMemoryUnits } from "@/lib/translation/server/index-memory";

// A unit with its index rows, as every writer of the memory stores it (fuzzy lookup reads the index).
async function remember(vi: string, de: string | null, en: string | null) {
  await db.$transaction(async (tx) => {
    const unit = await tx.tmEntry.create({ data: { ...tmKey(vi), de, en } });
    await indexMemoryUnits(tx, [unit]);
  });
}

async function rows(articleId: string) {
  return db.translation.findMany({
    where: { articleId },
    include: { segment: { select: { sourceText: true, position: true } } },
    orderBy: [{ segment: { position: "asc" } }, { lang: "asc" }],
  });
}

describe("fill from memory", () => {
  it("on import, without DeepL: exact matches become drafts from the memory (origin tm), nothing else", async () => {
    expect(await mtConfigured()).toBe(false);
    const translator = await createActor("translator");
    await remember("Mưa lớn ở Huế.", "Starkregen in Huế.", "Heavy rain in Huế.");
    await remember("Nước sông dâng cao.", "Der Fluss steigt.", null);
    await remember("Nước sông dâng cao hơn.", "Der Fluss steigt weiter.", "The river rises further.");
    const content = ["Mưa lớn ở  Huế.", "Nước sông dâng cao.", "Trường học đóng cửa."].join("\n");
    const imported = await importArticle({ format: "text", content, fillFromMemory: true }, translator);
    expect(imported.memory).toEqual({ exact: 3, fuzzy: 0 });

    const all = await rows(imported.articleId);
    const filled = all.filter((r) => r.state !== "untranslated");
    expect(filled.map((r) => [r.segment.position, r.lang, r.text, r.state, r.origin])).toEqual([
      [0, "de", "Starkregen in Huế.", "draft", "tm"],
      [0, "en", "Heavy rain in Huế.", "draft", "tm"],
      [1, "de", "Der Fluss steigt.", "draft", "tm"],
    ]);
    // The fuzzy neighbour ("… cao hơn.") fills nothing while the admin left fuzzy pre-filling off.
    expect(all.filter((r) => r.state === "untranslated")).toHaveLength(3);
    for (const r of filled) {
      expect(r).toMatchObject({ machineText: r.text, machineEngine: "tm", version: 2, effortEdits: 0 });
      expect(r.effortWords).toBeGreaterThan(0);
      expect(r.effortBaseWords).toBe(r.effortWords);
      const revisions = await db.revision.findMany({ where: { translationId: r.id } });
      expect(revisions).toMatchObject([{ version: 2, action: "tm", state: "draft", origin: "tm", wroteText: false }]);
    }
    const events = await db.auditEvent.findMany({
      where: { articleId: imported.articleId, action: "translation.memory-fill" },
    });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([{ exact: 3, fuzzy: 0, via: "import" }]);
    expect(await db.mtJob.count()).toBe(0);
    expect(await db.mtCharge.count()).toBe(0);
    const day = await db.effortDay.findMany({ where: { lang: "de" } });
    expect(day.reduce((n, d) => n + d.segments, 0)).toBe(2);
  });

  it("fills nothing when the box is not ticked; the boundaries default to ticked", async () => {
    const translator = await createActor("translator");
    await remember("Cầu mới thông xe.", "Neue Brücke eröffnet.", "New bridge opens.");
    const off = await importArticle(
      { format: "text", content: "Cầu mới thông xe.", fillFromMemory: false },
      translator,
    );
    expect(off.memory).toBeNull();
    expect((await rows(off.articleId)).every((r) => r.state === "untranslated")).toBe(true);
    expect(importRequest.parse({ format: "text", content: "x" }).fillFromMemory).toBe(true);
  });

  it("pre-fills fuzzy matches at or above the admin's threshold, marked with their score", async () => {
    const [admin, translator] = [await createActor("admin"), await createActor("translator")];
    await saveMemoryFillSettings({ fuzzyThreshold: 0.9 }, admin);
    await remember("Thủ tướng thăm tỉnh Quảng Nam hôm nay.", "Der Premier besucht heute Quảng Nam.", null);
    await remember("Bão số 5 đổ bộ vào miền Trung.", "Taifun Nr. 5 trifft Zentralvietnam.", null);
    const content = ["Thủ tướng thăm tỉnh Quảng Nam hôm qua.", "Bão số 9 đổ bộ vào miền Bắc."].join("\n");
    const imported = await importArticle({ format: "text", content, fillFromMemory: true }, translator);
    expect(imported.memory).toEqual({ exact: 0, fuzzy: 1 });
    const [title] = (await rows(imported.articleId)).filter((r) => r.state !== "untranslated");
    expect(title).toMatchObject({
      lang: "de",
      text: "Der Premier besucht heute Quảng Nam.",
      state: "draft",
      origin: "tm-fuzzy",
    });
    const score = JSON.parse(title!.machineSettings!).score as number;
    expect(score).toBeGreaterThanOrEqual(0.9);
    expect(score).toBeLessThan(1);
    await saveMemoryFillSettings({ fuzzyThreshold: null }, admin);
  });

  it("the editor's button fills only what is still untranslated and never a person's text", async () => {
    const translator = await createActor("translator");
    const content = ["Giá vàng giảm.", "Giá vàng tăng.", "Chứng khoán ổn định."].join("\n");
    const { articleId } = await importArticle({ format: "text", content, fillFromMemory: true }, translator);
    const before = await rows(articleId);
    const typed = before.find((r) => r.segment.position === 1 && r.lang === "de")!;
    await saveTranslation(
      { translationId: typed.id, expectedVersion: typed.version, text: "Gold steigt.", confirm: false },
      translator,
    );
    await remember("Giá vàng giảm.", "Gold fällt.", null);
    await remember("Giá vàng tăng.", "Goldpreis steigt.", "Gold rises.");

    const first = await fillFromMemoryAction({ articleId }, translator);
    expect(first.ok && { exact: first.data.exact, fuzzy: first.data.fuzzy }).toEqual({ exact: 2, fuzzy: 0 });
    const after = await rows(articleId);
    const view = (pos: number, lang: string) => after.find((r) => r.segment.position === pos && r.lang === lang)!;
    expect(view(0, "de")).toMatchObject({ text: "Gold fällt.", state: "draft", origin: "tm" });
    expect(view(1, "de")).toMatchObject({ text: "Gold steigt.", origin: "human", version: typed.version + 1 });
    expect(view(1, "en")).toMatchObject({ text: "Gold rises.", state: "draft", origin: "tm" });
    expect(view(2, "de").state).toBe("untranslated");
    // The editor gets the written rows to patch in, with the other language's fresh issues.
    const changes = first.ok ? first.data.changes : [];
    expect(changes.filter((c) => c.patch.text !== undefined).map((c) => c.patch.id)).toEqual(
      expect.arrayContaining([view(0, "de").id, view(1, "en").id]),
    );

    const again = await fillFromMemoryAction({ articleId }, translator);
    expect(again.ok && again.data.exact + again.data.fuzzy).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "translation.memory-fill" } })).toBe(1);
  });
});
