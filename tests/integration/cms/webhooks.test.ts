import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifySignature } from "@/lib/cms/signature";
import { enqueuePublicationWebhooks, type PublicationEvent } from "@/lib/publishing/server/enqueue-webhooks";
import { kickWebhookDeliveries, stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { publishArticle } from "@/lib/publishing/server/publish-article";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { createActor, createArticle } from "../../factories";
import { allowWebhookHosts, apiRequest, createToken } from "./helpers";

type Received = { headers: http.IncomingHttpHeaders; body: string };
let received: Received[] = [];
let answer = 200;
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = answer;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await allowWebhookHosts(await createActor("admin"), ["127.0.0.1"]);
});
afterEach(async () => {
  received = [];
  answer = 200;
  await db.webhookDelivery.deleteMany({}); // each test counts its own deliveries
  await db.apiToken.updateMany({ data: { revokedAt: new Date() } });
});
afterAll(async () => {
  stopWebhookWorker();
  await new Promise((resolve) => server.close(resolve));
});

async function publication(): Promise<PublicationEvent> {
  const admin = await createActor("admin");
  const { articleId } = await createArticle(admin);
  return {
    publicationId: "pub-1",
    articleId,
    lang: "de",
    version: 1,
    title: "Neue U-Bahn-Linie",
    publishedAt: new Date().toISOString(),
  };
}

describe("publication webhooks", () => {
  it("are enqueued for active read tokens with a URL, sent signed, and marked delivered", async () => {
    const admin = await createActor("admin");
    const reader = await createToken(admin, ["read"], `${base}/hook`);
    await createToken(admin, ["import"], `${base}/import-only`);
    await createToken(admin, ["read"]); // no URL
    const revoked = await createToken(admin, ["read"], `${base}/revoked`);
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });

    const event = await publication();
    expect(await db.$transaction((tx) => enqueuePublicationWebhooks(tx, event))).toBe(1);
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 1, retried: 0, failed: 0 });

    expect(received).toHaveLength(1);
    const [hit] = received;
    const check = verifySignature({
      secret: reader.webhookSecret!,
      body: hit!.body,
      timestamp: String(hit!.headers["x-duyet-timestamp"]),
      signature: String(hit!.headers["x-duyet-signature"]),
    });
    expect(check).toEqual({ ok: true });
    expect(
      verifySignature({
        secret: "whsec_wrong",
        body: hit!.body,
        timestamp: String(hit!.headers["x-duyet-timestamp"]),
        signature: String(hit!.headers["x-duyet-signature"]),
      }),
    ).toEqual({ ok: false, reason: "mismatch" });
    expect(hit!.headers["x-duyet-event"]).toBe("publication.created");
    expect(hit!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(hit!.body)).toEqual({
      event: "publication.created",
      data: { ...event, path: `/api/v1/articles/${event.articleId}/de?version=1` },
    });

    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: reader.id } });
    expect(hit!.headers["x-duyet-delivery"]).toBe(delivery.id);
    expect(delivery).toMatchObject({ state: "delivered", attempts: 1, lastStatus: 200, lastError: null });
    expect(delivery.deliveredAt).toBeInstanceOf(Date);
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // nothing sent twice
    expect(received).toHaveLength(1);
  });

  it("are retried later when the receiver answers 500, and given up after the last attempt", async () => {
    const admin = await createActor("admin");
    const token = await createToken(admin, ["read"], `${base}/hook`);
    const event = await publication();
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, event));
    answer = 500;
    const before = Date.now();
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: token.id } });
    expect(d).toMatchObject({ state: "pending", attempts: 1, lastStatus: 500, lastError: "HTTP 500" });
    expect(d.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(d.nextAttemptAt.getTime()).toBeLessThan(Date.now() + 61_000);
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // not due yet

    await db.webhookDelivery.update({
      where: { id: d.id },
      data: { attempts: 5, nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      state: "failed",
      attempts: 6,
    });
    expect(received).toHaveLength(2);
  });

  it("survive a receiver that is not listening, without throwing to the caller", async () => {
    const admin = await createActor("admin");
    const token = await createToken(admin, ["read"], "http://127.0.0.1:9/closed");
    const event = await publication();
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, event));
    await expect(kickWebhookDeliveries()).resolves.toEqual({ delivered: 0, retried: 1, failed: 0 });
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: token.id } });
    expect(d).toMatchObject({ state: "pending", attempts: 1, lastStatus: null });
    expect(d.lastError).toBeTruthy();
  });

  it("are sent once when kicks overlap (publishing twice at the same moment)", async () => {
    const admin = await createActor("admin");
    await createToken(admin, ["read"], `${base}/hook`);
    const [first, second] = [await publication(), { ...(await publication()), version: 2 }];
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, first));
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, second));
    const results = await Promise.all([kickWebhookDeliveries(), kickWebhookDeliveries(), kickWebhookDeliveries()]);
    expect(results[0]).toEqual({ delivered: 2, retried: 0, failed: 0 });
    expect(received).toHaveLength(2);
    expect(await db.webhookDelivery.count({ where: { state: "delivered" } })).toBe(2);
  });
});

describe("publishing through the publish service", () => {
  it("announces the publication to the webhook and makes it listable and fetchable through the API", async () => {
    const admin = await createActor("admin");
    const reader = await createToken(admin, ["read"], `${base}/hook`);
    const { articleId } = await createArticle(admin);
    // Approved, error-free German: what the reviewers' work produces before a publisher publishes.
    await db.translation.updateMany({
      where: { articleId, lang: "de" },
      data: { text: "Neue U-Bahn", state: "approved", errorCount: 0 },
    });
    const published = await publishArticle({ articleId, lang: "de" }, await createActor("publisher"));
    await kickWebhookDeliveries();

    expect(received).toHaveLength(1);
    const body = JSON.parse(received[0]!.body) as { data: { publicationId: string; version: number; path: string } };
    expect(body.data).toMatchObject({
      publicationId: published.publicationId,
      version: 1,
      path: `/api/v1/articles/${articleId}/de?version=1`,
    });
    const list = (await (await listRoute(apiRequest("/api/v1/articles", reader.token))).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).toEqual([articleId]);
  });
});
