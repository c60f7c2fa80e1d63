// The CMS API for reading: the list of published article languages and one published version in a format.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { EXPORT_FORMATS } from "@/lib/export/types";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { createActor, createArticle } from "../../factories";
import { apiRequest, createToken, errorOf, publishDirectly } from "./helpers";
import { list, fetchOne } from "./articles-api-client";

afterAll(() => stopWebhookWorker());

describe("GET /api/v1/articles", () => {
  it("lists only published article languages, the latest version of each, newest first, paginated", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["read"]);
    const a = await createArticle(admin);
    const b = await createArticle(admin);
    await createArticle(admin); // never published
    expect(await list(token)).toMatchObject({ items: [], total: 0 });

    await publishDirectly(a.articleId, "de", 1, new Date("2026-11-01T08:00:00Z"));
    await publishDirectly(a.articleId, "de", 2, new Date("2026-11-03T08:00:00Z"));
    await publishDirectly(b.articleId, "en", 1, new Date("2026-11-02T08:00:00Z"));
    const all = await list(token);
    expect(all.total).toBe(2);
    expect(all.items.map((i) => [i.id, i.lang, i.version])).toEqual([
      [a.articleId, "de", 2],
      [b.articleId, "en", 1],
    ]);
    expect(all.items[0]).toMatchObject({
      title: "DE v2 Hà Nội khởi công tuyến metro mới",
      sourceTitle: "Hà Nội khởi công tuyến metro mới",
      path: `/api/v1/articles/${a.articleId}/de?version=2`,
    });

    expect((await list(token, "?pageSize=1&page=2")).items.map((i) => i.id)).toEqual([b.articleId]);
    expect((await list(token, "?lang=en")).items.map((i) => i.id)).toEqual([b.articleId]);
    expect((await list(token, "?since=2026-11-02T12:00:00Z")).items.map((i) => i.id)).toEqual([a.articleId]);
    expect(await errorOf(await listRoute(apiRequest("/api/v1/articles?pageSize=500", token)))).toMatchObject({
      status: 400,
      code: "INVALID_INPUT",
    });
  });
});

describe("GET /api/v1/articles/{id}/{lang}", () => {
  it("renders the published snapshot in every format, by version, and audits each export with the token", async () => {
    const admin = await createActor("admin");
    const created = await createToken(admin, ["read"]);
    const { articleId } = await createArticle(admin);
    await publishDirectly(articleId, "en", 1);
    await publishDirectly(articleId, "en", 2);
    // Editing after publication must not leak into the API: the snapshot is what was published.
    await db.translation.updateMany({
      where: { articleId, lang: "en" },
      data: { text: "UNPUBLISHED EDIT", state: "draft" },
    });

    for (const format of EXPORT_FORMATS) {
      const res = await fetchOne(created.token, articleId, "en", `?format=${format}`);
      expect(res.status, format).toBe(200);
      const body = await res.text();
      expect(body, format).toContain("EN v2 Hà Nội khởi công tuyến metro mới");
      expect(body, format).not.toContain("UNPUBLISHED EDIT");
      expect(res.headers.get("content-disposition"), format).toMatch(
        new RegExp(`^attachment; filename="${articleId}-en-v2`),
      );
      // A file, never a page of this origin: HTML from a translation cannot run scripts if opened in a browser.
      expect(res.headers.get("content-security-policy"), format).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      );
    }
    const json = await fetchOne(created.token, articleId, "en");
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const v1 = await (await fetchOne(created.token, articleId, "en", "?format=text&version=1")).text();
    expect(v1).toContain("EN v1 Hà Nội");
    expect(await db.auditEvent.count({ where: { action: "article.export", articleId } })).toBe(
      EXPORT_FORMATS.length + 2,
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "article.export", articleId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.data)).toMatchObject({
      lang: "en",
      format: "text",
      version: 1,
      via: "api",
      token: created.name,
    });
  });

  it("answers 404 for unpublished languages, versions and articles, 400 for bad formats and languages", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["read"]);
    const { articleId } = await createArticle(admin);
    await publishDirectly(articleId, "de", 1);
    expect(await errorOf(await fetchOne(token, articleId, "en"))).toMatchObject({
      status: 404,
      code: "PUBLICATION_NOT_FOUND",
    });
    expect(await errorOf(await fetchOne(token, articleId, "de", "?version=2"))).toMatchObject({
      status: 404,
      code: "PUBLICATION_NOT_FOUND",
    });
    expect(await errorOf(await fetchOne(token, "no-such-article", "de"))).toMatchObject({
      status: 404,
      code: "PUBLICATION_NOT_FOUND",
    });
    expect(await errorOf(await fetchOne(token, articleId, "de", "?format=pdf"))).toMatchObject({
      status: 400,
      code: "EXPORT_UNKNOWN_FORMAT",
    });
    expect(await errorOf(await fetchOne(token, articleId, "fr"))).toMatchObject({ status: 400, code: "INVALID_INPUT" });
    expect(await db.auditEvent.count({ where: { action: "article.export", articleId } })).toBe(0);
  });
});
