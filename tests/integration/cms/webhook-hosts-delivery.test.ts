// The delivery checks the host again, against what the name resolves to at that moment, and stops for a
// token whose owner may no longer read.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { createActor } from "../../factories";
import { allowWebhookHosts, createToken } from "./helpers";
import { announce, clearWebhookState, storedToken } from "./webhook-hosts-fixtures";

let received = 0;
let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    received++;
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  stopWebhookWorker();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(async () => {
  received = 0;
  await clearWebhookState();
});

describe("webhook delivery", () => {
  it("goes to an allowed local host, and stops when the allowance is withdrawn", async () => {
    const admin = await createActor("admin");
    await allowWebhookHosts(admin, ["127.0.0.1"]);
    const token = await createToken(admin, ["read"], `http://127.0.0.1:${port}/hook`);
    expect(await announce()).toMatchObject({ delivered: 1 });
    await allowWebhookHosts(admin, []);
    expect(await announce()).toMatchObject({ delivered: 0, retried: 1 });
    expect(received).toBe(1);
    const refused = await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: token.id, state: "pending" } });
    expect(refused).toMatchObject({ lastError: "WEBHOOK_HOST_FORBIDDEN", lastStatus: null });
  });

  it("refuses a name that resolves to this machine, unless the name is allowed", async () => {
    const admin = await createActor("admin");
    const token = await storedToken(admin.id, `https://localhost:${port}/hook`); // passes every check on the URL itself
    expect(await announce()).toMatchObject({ delivered: 0, retried: 1 });
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: token.id } })).toMatchObject({
      lastError: "WEBHOOK_ADDRESS_FORBIDDEN",
    });
    await db.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });

    await allowWebhookHosts(admin, ["localhost"]);
    await storedToken(admin.id, `http://localhost:${port}/hook`);
    expect(await announce()).toMatchObject({ delivered: 1 });
    expect(received).toBe(1);
  });

  it("stops for a token whose owner may no longer read", async () => {
    const admin = await createActor("admin");
    await allowWebhookHosts(admin, ["127.0.0.1"]);
    const token = await createToken(admin, ["read"], `http://127.0.0.1:${port}/hook`);
    await db.user.update({ where: { id: admin.id }, data: { role: "publisher" } });
    expect(await announce()).toMatchObject({ failed: 1 });
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { tokenId: token.id } })).toMatchObject({
      state: "failed",
      lastError: "OWNER_FORBIDDEN",
    });
    expect(received).toBe(0);
  });
});
