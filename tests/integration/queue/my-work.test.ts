import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { setAssignment } from "@/lib/assignments/server/set-assignment";
import { findNextQueued, loadMyWork } from "@/lib/queue/server/load-my-work";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { rejectTranslation } from "@/lib/review/server/reject-translation";
import { createActor, createArticle } from "../../factories";

const bundle = (title: string) =>
  JSON.stringify({
    title: { vi: title, de: `DE ${title}`, en: `EN ${title}` },
    paragraphs: [{ vi: "Một câu.", de: "Ein Satz.", en: "A sentence." }],
  });

describe("My work", () => {
  it("a translator sees the language assigned to them first, with its deadline, and the rejected count", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const older = (await createArticle(lan)).articleId;
    const mine = (await importArticle({ format: "json", content: bundle("Giao thông") }, lan)).articleId;
    const de = await db.translation.findFirstOrThrow({ where: { articleId: mine, lang: "de" } });
    await rejectTranslation({ translationId: de.id, expectedVersion: de.version, reason: "Falscher Begriff" }, jonas);
    await setAssignment(
      { articleId: mine, lang: "de", translatorId: lan.id, reviewerId: null, dueAt: "2026-01-02" },
      jonas,
    );

    const [translate] = await loadMyWork(lan);
    expect(translate?.section).toBe("translate");
    expect(translate?.items[0]).toMatchObject({ articleId: mine, lang: "de", count: 1, extra: 1, assignedToMe: true });
    expect(translate?.items[0]?.dueAt?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(translate?.items.some((i) => i.articleId === older && i.lang === "de")).toBe(true); // unassigned, untranslated
    // Someone else's assignment is not in my queue.
    const other = await createActor("translator");
    expect((await loadMyWork(other))[0]?.items.some((i) => i.articleId === mine && i.lang === "de")).toBe(false);
    expect(await findNextQueued(lan, mine)).toMatchObject({ articleId: older });
  });

  it("a reviewer sees texts awaiting review with counts, oldest first, and what they rejected that came back", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const first = (await importArticle({ format: "json", content: bundle("Bão lũ") }, lan)).articleId;
    const second = (await importArticle({ format: "json", content: bundle("Kinh tế") }, lan)).articleId;
    const [review, returned] = await loadMyWork(jonas);
    const ours = review!.items.filter((i) => i.articleId === first || i.articleId === second);
    expect(ours.map((i) => [i.articleId, i.count])).toEqual([
      [first, 2],
      [first, 2],
      [second, 2],
      [second, 2],
    ]);
    expect(returned?.items).toEqual([]);

    const t = await db.translation.findFirstOrThrow({ where: { articleId: second, lang: "en" } });
    const r = await rejectTranslation(
      { translationId: t.id, expectedVersion: t.version, reason: "Too literal" },
      jonas,
    );
    expect((await loadMyWork(jonas))[1]?.items).toEqual([]); // still rejected: nothing came back yet
    await saveTranslation({ translationId: t.id, expectedVersion: r.version, text: "Better", confirm: true }, lan);
    expect((await loadMyWork(jonas))[1]?.items).toMatchObject([{ articleId: second, lang: "en", count: 1 }]);
  });

  it("a publisher sees fully approved languages never published, with their override count; an admin sees every section", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const articleId = (await importArticle({ format: "json", content: bundle("Xuất khẩu") }, lan)).articleId;
    for (const t of await db.translation.findMany({ where: { articleId, lang: "de" } }))
      await approveTranslation({ translationId: t.id, expectedVersion: t.version }, jonas);
    const [publish] = await loadMyWork(minh);
    expect(publish?.section).toBe("publish");
    expect(publish?.items).toContainEqual(expect.objectContaining({ articleId, lang: "de", count: 2, extra: 0 }));
    expect(publish?.items.some((i) => i.articleId === articleId && i.lang === "en")).toBe(false);
    const admin = await createActor("admin");
    expect((await loadMyWork(admin)).map((s) => s.section)).toEqual(["translate", "review", "returned", "publish"]);
  });
});
