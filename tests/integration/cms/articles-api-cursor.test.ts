// The CMS API list by cursor: every latest publication exactly once, while articles are published
// between pages; a republished article keeps one entry (its latest version).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { createActor } from "../../factories";
import { apiRequest, createToken, errorOf } from "./helpers";
import { list } from "./articles-api-client";

afterAll(() => stopWebhookWorker());

/** A publication row as publish-article.ts stores it: the new version is the latest, the old one not. */
async function publish(articleId: string, lang: "de" | "en", version: number, publishedAt: Date) {
  await db.publication.updateMany({ where: { articleId, lang, latest: true }, data: { latest: false } });
  await db.publication.create({ data: { articleId, lang, version, snapshot: "{}", publishedAt, latest: true } });
}

describe("GET /api/v1/articles?cursor=", () => {
  it("walks every latest publication once while others are published", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["read"]);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await db.article.create({ data: { title: `A${i}` } })).id);
    const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
    // Same times on purpose (the id decides), and two versions of one language (only v2 is listed).
    for (const [i, id] of ids.entries()) await publish(id, "de", 1, at(i >> 1));
    await publish(ids[0]!, "de", 2, at(3));
    await publish(ids[1]!, "en", 1, at(3));

    const seen: string[] = [];
    let page = await list(token, "?pageSize=3");
    expect(page).toMatchObject({ total: 8, totalCapped: false });
    for (let i = 0; i < 10; i++) {
      seen.push(...page.items.map((it) => `${it.id}:${it.lang}:${it.version}`));
      if (!page.nextCursor) break;
      const extra = (await db.article.create({ data: { title: `new ${i}` } })).id;
      await publish(extra, "en", 1, new Date()); // newer than the walk: never in it, never shifts it
      page = await list(token, `?pageSize=3&cursor=${encodeURIComponent(page.nextCursor)}`);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...ids.slice(1).map((id) => `${id}:de:1`), `${ids[0]}:de:2`, `${ids[1]}:en:1`].sort());
    expect(page.nextCursor).toBeNull();
  });

  it("refuses a cursor that is not one of its own", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["read"]);
    const res = await listRoute(apiRequest("/api/v1/articles?cursor=bogus", token));
    expect(await errorOf(res)).toMatchObject({ status: 400, code: "INVALID_INPUT" });
  });
});
