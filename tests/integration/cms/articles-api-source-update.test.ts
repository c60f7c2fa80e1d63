// The CMS API for new source versions: PUT /api/v1/articles/{id}, and POST with a known source URL.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { POST as importRoute } from "@/app/api/v1/articles/route";
import { PUT as updateRoute } from "@/app/api/v1/articles/[id]/route";
import { createActor, SAMPLE_ARTICLE } from "../../factories";
import { apiRequest, createToken, errorOf } from "./helpers";

afterAll(() => stopWebhookWorker());

const json = { "Content-Type": "application/json" };
const post = (token: string, content: string) =>
  importRoute(
    apiRequest("/api/v1/articles", token, {
      method: "POST",
      body: JSON.stringify({ format: "text", content }),
      headers: json,
    }),
  );
const put = (token: string, id: string, body: string) =>
  updateRoute(apiRequest(`/api/v1/articles/${id}`, token, { method: "PUT", body, headers: json }), {
    params: Promise.resolve({ id }),
  });
// SAMPLE_ARTICLE with a corrected figure and one more paragraph.
const corrected = SAMPLE_ARTICLE.replace("65.400 tỷ đồng", "65.410 tỷ đồng").replace(
  "[ad_1]",
  "Tuyến có 17 ga ngầm và trên cao.\n[ad_1]",
);

describe("new source versions through the CMS API", () => {
  it("PUT updates the article: unchanged rows stay, the changed one is marked, the new one added", async () => {
    const admin = await createActor("admin");
    const { token, name } = await createToken(admin, ["import"]);
    const created = (await (await post(token, SAMPLE_ARTICLE)).json()) as { id: string; segments: number };
    const res = await put(token, created.id, JSON.stringify({ format: "text", content: corrected }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: created.id, version: 2, changed: 1, added: 1, removed: 0 });
    const marked = await db.segment.findFirstOrThrow({
      where: { articleId: created.id, previousSource: { not: null } },
    });
    expect(marked.sourceText).toContain("65.410");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { articleId: created.id, action: "article.source-update" },
    });
    expect(JSON.parse(audit.data)).toMatchObject({ token: name, version: 2 });
  });

  it("POST with the source URL of an existing article is a new version of it (200), not a second article", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["import"]);
    const content = SAMPLE_ARTICLE.replace("metro-5", "metro-5-post");
    const first = await post(token, content);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const before = await db.article.count();
    const again = await post(token, content.replace("65.400", "65.410"));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id, version: 2 });
    expect(await db.article.count()).toBe(before);
  });

  it("PUT refuses an unknown article (404), a bad body (400) and a token without the import scope (403)", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["import"]);
    const reader = await createToken(admin, ["read"]);
    const body = JSON.stringify({ format: "text", content: corrected });
    expect(await errorOf(await put(token, "missing", body))).toMatchObject({ status: 404, code: "ARTICLE_NOT_FOUND" });
    expect(await errorOf(await put(token, "missing", "{x"))).toMatchObject({ status: 400, code: "API_INVALID_JSON" });
    expect(await errorOf(await put(reader.token, "missing", body))).toMatchObject({
      status: 403,
      code: "API_SCOPE_MISSING",
    });
  });
});
