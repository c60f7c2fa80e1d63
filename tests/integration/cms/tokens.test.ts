import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/cms/tokens";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/cms/server/actions";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/articles/route";
import { createActor, SAMPLE_ARTICLE } from "../../factories";
import { apiRequest, createToken, errorOf } from "./helpers";

afterAll(() => stopWebhookWorker());

const importBody = JSON.stringify({ format: "text", content: SAMPLE_ARTICLE });
const post = (token: string | null) =>
  importRoute(
    apiRequest("/api/v1/articles", token, {
      method: "POST",
      body: importBody,
      headers: { "Content-Type": "application/json" },
    }),
  );

describe("API tokens", () => {
  it("are created by admins only, stored as a SHA-256 hash, and shown in plain text once", async () => {
    const admin = await createActor("admin");
    const created = await createToken(admin, ["read"], "https://cms.example.com/hook");
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.prefix).toBe(created.token.slice(6, 14));
    expect(created.webhookSecret).toMatch(/^whsec_/);
    expect(row.webhookSecret).toBe(created.webhookSecret);
    expect(
      await db.auditEvent.count({ where: { action: "token.create", entityId: created.id, actorId: admin.id } }),
    ).toBe(1);

    const publisher = await createActor("publisher");
    expect(await createApiTokenAction({ name: "x", scopes: ["read"] }, publisher)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await createApiTokenAction({ name: "x", scopes: ["read"] }, null)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("refuse a bad webhook URL, no scope or no name with their own codes", async () => {
    const admin = await createActor("admin");
    expect(
      await createApiTokenAction({ name: "x", scopes: ["read"], webhookUrl: "http://cms.example.com/hook" }, admin),
    ).toMatchObject({ ok: false, code: "API_WEBHOOK_URL_INVALID" });
    expect(await createApiTokenAction({ name: "x", scopes: [] }, admin)).toMatchObject({
      ok: false,
      code: "API_TOKEN_SCOPE_REQUIRED",
    });
    expect(await createApiTokenAction({ name: "  ", scopes: ["read"] }, admin)).toMatchObject({
      ok: false,
      code: "API_TOKEN_NAME_REQUIRED",
    });
    expect(await createApiTokenAction({ name: "x", scopes: ["admin"] }, admin)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });

  it("answer 401 without a token, with a malformed one and with an unknown one", async () => {
    expect(await errorOf(await listRoute(apiRequest("/api/v1/articles", null)))).toMatchObject({
      status: 401,
      code: "API_TOKEN_MISSING",
    });
    expect(await errorOf(await listRoute(apiRequest("/api/v1/articles", "nope")))).toMatchObject({
      status: 401,
      code: "API_TOKEN_INVALID",
    });
    const unknown = `duyet_0123abcd_${"A".repeat(43)}`;
    const e = await errorOf(await listRoute(apiRequest("/api/v1/articles", unknown)));
    expect(e).toMatchObject({ status: 401, code: "API_TOKEN_INVALID", message: "This API token is not valid." });
  });

  it("enforce scopes: a read token cannot import, an import token cannot read", async () => {
    const admin = await createActor("admin");
    const reader = await createToken(admin, ["read"]);
    const importer = await createToken(admin, ["import"]);
    expect((await listRoute(apiRequest("/api/v1/articles", reader.token))).status).toBe(200);
    expect(await errorOf(await post(reader.token))).toMatchObject({ status: 403, code: "API_SCOPE_MISSING" });
    expect(await errorOf(await listRoute(apiRequest("/api/v1/articles", importer.token)))).toMatchObject({
      status: 403,
      code: "API_SCOPE_MISSING",
    });
    expect((await post(importer.token)).status).toBe(201);
  });

  it("stop working the moment they are revoked, and record when they were last used", async () => {
    const admin = await createActor("admin");
    const token = await createToken(admin, ["read", "import"], "https://cms.example.com/hook");
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeNull();
    expect((await listRoute(apiRequest("/api/v1/articles", token.token))).status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeInstanceOf(Date);
    await db.webhookDelivery.create({
      data: {
        tokenId: token.id,
        event: "publication.created",
        payload: "{}",
        nextAttemptAt: new Date(Date.now() + 3600_000),
      },
    });

    const reviewer = await createActor("reviewer");
    expect(await revokeApiTokenAction({ id: token.id }, reviewer)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await revokeApiTokenAction({ id: token.id }, admin)).toMatchObject({ ok: true });
    expect(await revokeApiTokenAction({ id: token.id }, admin)).toMatchObject({ ok: true }); // idempotent
    expect(await revokeApiTokenAction({ id: "missing" }, admin)).toMatchObject({
      ok: false,
      code: "API_TOKEN_NOT_FOUND",
    });

    expect(await errorOf(await listRoute(apiRequest("/api/v1/articles", token.token)))).toMatchObject({
      status: 403,
      code: "API_TOKEN_REVOKED",
    });
    expect(await errorOf(await post(token.token))).toMatchObject({ status: 403, code: "API_TOKEN_REVOKED" });
    expect(await db.webhookDelivery.findMany({ where: { tokenId: token.id } })).toMatchObject([
      { state: "failed", lastError: "TOKEN_REVOKED" },
    ]);
    expect(await db.auditEvent.count({ where: { action: "token.revoke", entityId: token.id } })).toBe(1);
  });

  it("import as their creator, and stop importing when the creator is banned", async () => {
    const admin = await createActor("admin");
    const token = await createToken(admin, ["import"]);
    await db.user.update({ where: { id: admin.id }, data: { banned: true } });
    expect(await errorOf(await post(token.token))).toMatchObject({ status: 403, code: "API_OWNER_FORBIDDEN" });
  });
});

describe("unknown API paths", () => {
  it("answer 404 in the API's JSON error shape", async () => {
    const { GET } = await import("@/app/api/v1/[...path]/route");
    expect(await errorOf(await GET())).toMatchObject({
      status: 404,
      code: "API_NOT_FOUND",
      message: "There is no such API endpoint.",
    });
  });
});
