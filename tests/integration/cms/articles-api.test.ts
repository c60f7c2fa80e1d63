import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { EXPORT_FORMATS } from "@/lib/export/types";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/articles/route";
import { GET as fetchRoute } from "@/app/api/v1/articles/[id]/[lang]/route";
import { createActor, createArticle, SAMPLE_ARTICLE } from "../../factories";
import { apiRequest, createToken, errorOf, params, publishDirectly } from "./helpers";

afterAll(() => stopWebhookWorker());

type List = {
  items: { id: string; lang: string; version: number; title: string; sourceTitle: string; path: string }[];
  total: number;
};
const list = async (token: string, query = "") => {
  const res = await listRoute(apiRequest(`/api/v1/articles${query}`, token));
  expect(res.status).toBe(200);
  return (await res.json()) as List;
};
const fetchOne = (token: string, id: string, lang: string, query = "") =>
  fetchRoute(apiRequest(`/api/v1/articles/${id}/${lang}${query}`, token), params({ id, lang }));

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

describe("POST /api/v1/articles", () => {
  const post = (token: string, body: string) =>
    importRoute(
      apiRequest("/api/v1/articles", token, { method: "POST", body, headers: { "Content-Type": "application/json" } }),
    );

  it("imports as the token's creator, with an audit row naming the token", async () => {
    const admin = await createActor("admin");
    const created = await createToken(admin, ["import"]);
    const res = await post(created.token, JSON.stringify({ format: "text", content: SAMPLE_ARTICLE }));
    expect(res.status).toBe(201);
    const { id, segments } = (await res.json()) as { id: string; segments: number };
    expect(segments).toBe(7);
    expect(res.headers.get("location")).toBe(`/articles/${id}`);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).importedBy).toBe(admin.id);
    expect(await db.auditEvent.count({ where: { articleId: id, action: "article.import", actorId: admin.id } })).toBe(
      1,
    );
    const api = await db.auditEvent.findFirstOrThrow({ where: { articleId: id, action: "api.import" } });
    expect(JSON.parse(api.data)).toMatchObject({ token: created.name, segments: 7 });
  });

  it("refuses bad bodies with 400 and oversized ones with 413, writing nothing", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["import"]);
    const before = await db.article.count();
    expect(await errorOf(await post(token, "{not json"))).toMatchObject({ status: 400, code: "API_INVALID_JSON" });
    expect(await errorOf(await post(token, JSON.stringify({ format: "pdf", content: "x" })))).toMatchObject({
      status: 400,
      code: "INVALID_INPUT",
    });
    expect(await errorOf(await post(token, JSON.stringify({ format: "json", content: '{"title": 1' })))).toMatchObject({
      status: 400,
      code: "IMPORT_INVALID_JSON",
    });
    expect(
      await errorOf(
        await post(token, JSON.stringify({ format: "text", content: "Tiêu đề\n" + "Câu. ".repeat(250_000) })),
      ),
    ).toMatchObject({ status: 413, code: "IMPORT_TOO_LARGE" });
    expect(
      await errorOf(await post(token, JSON.stringify({ format: "text", content: "x".repeat(5 * 1024 * 1024) }))),
    ).toMatchObject({ status: 413, code: "API_BODY_TOO_LARGE" });
    expect(await db.article.count()).toBe(before);
  });
});
