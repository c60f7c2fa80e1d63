// The CMS API for importing: POST /api/v1/articles as the token's creator, refusing bad bodies.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { POST as importRoute } from "@/app/api/v1/articles/route";
import { createActor, SAMPLE_ARTICLE } from "../../factories";
import { apiRequest, createToken, errorOf } from "./helpers";

afterAll(() => stopWebhookWorker());

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
