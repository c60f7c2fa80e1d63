// A publisher's queue holds corrections too: a language published as version 1 whose approved text
// changed since comes back; one that did not change stays out.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { loadMyWork } from "@/lib/queue/server/load-my-work";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { publishArticle } from "@/lib/publishing/server/publish-article";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { afterAll } from "vitest";
import { createActor } from "../../factories";

afterAll(() => stopWebhookWorker());

const bundle = (title: string) =>
  JSON.stringify({
    title: { vi: title, de: `DE ${title}`, en: `EN ${title}` },
    paragraphs: [{ vi: "Một câu.", de: "Ein Satz.", en: "A sentence." }],
  });

async function publishedInGerman(title: string) {
  const [lan, jonas, minh] = [
    await createActor("translator"),
    await createActor("reviewer"),
    await createActor("publisher"),
  ];
  const articleId = (await importArticle({ format: "json", content: bundle(title) }, lan)).articleId;
  for (const t of await db.translation.findMany({ where: { articleId, lang: "de" } }))
    await approveTranslation({ translationId: t.id, expectedVersion: t.version }, jonas);
  await publishArticle({ articleId, lang: "de" }, minh);
  return { articleId, lan, jonas, minh };
}

const inQueue = async (publisher: { id: string }, articleId: string) => {
  const sections = await loadMyWork(publisher as Parameters<typeof loadMyWork>[0]);
  const publish = sections.find((s) => s.section === "publish");
  return publish?.items.some((i) => i.articleId === articleId && i.lang === "de") ?? false;
};

describe("publisher's queue after a publication", () => {
  it("leaves out a published language that did not change, takes it back once a correction is approved", async () => {
    const { articleId, lan, jonas, minh } = await publishedInGerman("Giá vàng");
    expect(await inQueue(minh, articleId)).toBe(false);

    const t = await db.translation.findFirstOrThrow({ where: { articleId, lang: "de" }, orderBy: { id: "asc" } });
    const saved = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: `${t.text} (korrigiert)`, confirm: true },
      lan,
    );
    expect(await inQueue(minh, articleId)).toBe(false); // not approved yet
    await approveTranslation({ translationId: t.id, expectedVersion: saved.version }, jonas);
    expect(await inQueue(minh, articleId)).toBe(true);
  });
});
