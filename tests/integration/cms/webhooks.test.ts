// Publication webhooks: enqueued for read tokens with a URL, sent signed, retried, given up, sent once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifySignature } from "@/lib/cms/signature";
import { enqueuePublicationWebhooks } from "@/lib/publishing/server/enqueue-webhooks";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";
import { createActor } from "../../factories";
import { createToken } from "./helpers";
import { publication, withWebhookReceiver } from "./webhook-receiver";

const hook = withWebhookReceiver();

describe("publication webhooks", () => {
  it("are enqueued for active read tokens with a URL, sent signed, and marked delivered", async () => {
    const admin = await createActor("admin");
    const reader = await createToken(admin, ["read"], `${hook.base}/hook`);
    await createToken(admin, ["import"], `${hook.base}/import-only`);
    await createToken(admin, ["read"]); // no URL
    const revoked = await createToken(admin, ["read"], `${hook.base}/revoked`);
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });

    const event = await publication();
    expect(await db.$transaction((tx) => enqueuePublicationWebhooks(tx, event))).toBe(1);
    expect(await kickWebhookDeliveries()).toEqual({ delivered: 1, retried: 0, failed: 0 });

    expect(hook.received).toHaveLength(1);
    const [hit] = hook.received;
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
    expect(hook.received).toHaveLength(1);
  });

  it("are retried later when the receiver answers 500, and given up after the last attempt", async () => {
    const admin = await createActor("admin");
    const token = await createToken(admin, ["read"], `${hook.base}/hook`);
    const event = await publication();
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, event));
    hook.answer = 500;
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
    expect(hook.received).toHaveLength(2);
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
    await createToken(admin, ["read"], `${hook.base}/hook`);
    const [first, second] = [await publication(), { ...(await publication()), version: 2 }];
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, first));
    await db.$transaction((tx) => enqueuePublicationWebhooks(tx, second));
    const results = await Promise.all([kickWebhookDeliveries(), kickWebhookDeliveries(), kickWebhookDeliveries()]);
    expect(results[0]).toEqual({ delivered: 2, retried: 0, failed: 0 });
    expect(hook.received).toHaveLength(2);
    expect(await db.webhookDelivery.count({ where: { state: "delivered" } })).toBe(2);
  });
});
