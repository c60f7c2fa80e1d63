// The cost view pages by keyset, 50 articles at a time, while its totals cover every article.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadMtCosts } from "@/lib/translation/server/load-mt-costs";
import { decodeCursor } from "@/lib/articles/cursor";

describe("the cost view's pages", () => {
  it("lists articles with a cost newest first, 50 per page, by keyset; totals cover every article", async () => {
    const base = Date.parse("2026-06-01T00:00:00Z");
    const same = new Date(base + 10 * 60_000); // two articles at the same moment: the id decides
    const ids: string[] = [];
    for (let i = 0; i < 52; i++) {
      const a = await db.article.create({
        data: { title: `Bài ${i}`, createdAt: i === 11 ? same : new Date(base + i * 60_000) },
      });
      await db.mtCharge.create({
        data: { articleId: a.id, lang: "de", state: "billed", estimated: i + 1, characters: i + 1 },
      });
      ids.push(a.id);
    }
    await db.article
      .create({ data: { title: "Nur abgelehnt" } })
      .then((a) =>
        db.mtCharge.create({ data: { articleId: a.id, lang: "en", state: "refused", estimated: 9, characters: 0 } }),
      );
    const first = await loadMtCosts();
    expect(first.articles).toHaveLength(50);
    expect(first.newer).toBeNull();
    expect(first.totals.de.characters).toBeGreaterThanOrEqual((52 * 53) / 2);
    const second = await loadMtCosts(decodeCursor(first.older!, "after"));
    const seen = [...first.articles, ...second.articles].map((a) => a.articleId).filter((id) => ids.includes(id));
    expect(new Set(seen).size).toBe(52);
    expect(seen.slice(0, 3)).toEqual([ids[51], ids[50], ids[49]]);
    expect([...first.articles, ...second.articles].some((a) => a.title === "Nur abgelehnt")).toBe(false);
    const back = await loadMtCosts(decodeCursor(second.newer!, "before"));
    expect(back.articles.map((a) => a.articleId)).toEqual(first.articles.map((a) => a.articleId));
  });
});
