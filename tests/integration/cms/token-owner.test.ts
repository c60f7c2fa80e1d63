import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/articles/route";
import { GET as fetchRoute } from "@/app/api/v1/articles/[id]/[lang]/route";
import { createActor, createArticle, SAMPLE_ARTICLE } from "../../factories";
import { apiRequest, createToken, errorOf, params, publishDirectly } from "./helpers";

afterAll(() => stopWebhookWorker());

// A token is an admin's delegation: it can do at most what its owner may do now, checked per request.
const list = (token: string) => listRoute(apiRequest("/api/v1/articles", token));
// A source URL of its own: a POST naming an existing article's source URL is a new version of it (200).
const importOne = (token: string) =>
  importRoute(
    apiRequest("/api/v1/articles", token, {
      method: "POST",
      body: JSON.stringify({ format: "text", content: SAMPLE_ARTICLE.replace("metro-5", `metro-5-${randomUUID()}`) }),
      headers: { "Content-Type": "application/json" },
    }),
  );

async function tokenOf(owner: Actor) {
  const token = await createToken(owner, ["read", "import"]);
  const { articleId } = await createArticle(owner);
  await publishDirectly(articleId, "de", 1);
  const fetchOne = () =>
    fetchRoute(
      apiRequest(`/api/v1/articles/${articleId}/de?format=json`, token.token),
      params({ id: articleId, lang: "de" }),
    );
  return { token: token.token, fetchOne };
}

async function expectRefused(t: Awaited<ReturnType<typeof tokenOf>>) {
  const articles = await db.article.count();
  for (const res of [await list(t.token), await t.fetchOne(), await importOne(t.token)]) {
    const e = await errorOf(res);
    expect(e).toMatchObject({ status: 403, code: "API_OWNER_FORBIDDEN" });
    expect(e.message).toMatch(/^The user who created this token no longer has the rights it needs .*“(read|import)”/);
  }
  expect(await db.article.count()).toBe(articles); // nothing imported
}

describe("a token follows its owner", () => {
  it("works while the owner is an admin", async () => {
    const t = await tokenOf(await createActor("admin"));
    expect((await list(t.token)).status).toBe(200);
    expect((await t.fetchOne()).status).toBe(200);
    expect((await importOne(t.token)).status).toBe(201);
  });

  it("stops reading and importing when the owner is banned, and works again when the ban has expired", async () => {
    const admin = await createActor("admin");
    const t = await tokenOf(admin);
    await db.user.update({ where: { id: admin.id }, data: { banned: true } });
    await expectRefused(t);
    await db.user.update({ where: { id: admin.id }, data: { banExpires: new Date(Date.now() - 1000) } });
    expect((await list(t.token)).status).toBe(200);
  });

  it("stops when the owner is demoted, whatever the new role (tokens are an admin's delegation)", async () => {
    for (const role of ["publisher", "translator"] as const) {
      const admin = await createActor("admin");
      const t = await tokenOf(admin);
      await db.user.update({ where: { id: admin.id }, data: { role } });
      await expectRefused(t);
    }
  });

  it("stops when the owner's role is unknown or the owner is deleted", async () => {
    const admin = await createActor("admin");
    const t = await tokenOf(admin);
    await db.user.update({ where: { id: admin.id }, data: { role: "superuser" } });
    await expectRefused(t);
    await db.user.delete({ where: { id: admin.id } });
    await expectRefused(t);
    expect(await db.apiToken.count({ where: { createdById: admin.id } })).toBe(1); // the token row itself stays, for the list
  });
});
