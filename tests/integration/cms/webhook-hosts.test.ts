import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiTokenAction, saveWebhookHostsAction } from "@/lib/cms/server/actions";
import { enqueuePublicationWebhooks } from "@/lib/publishing/server/enqueue-webhooks";
import { kickWebhookDeliveries, stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { loadWebhookHosts } from "@/lib/cms/server/load-webhook-hosts";
import { generateToken } from "@/lib/cms/tokens";
import { createActor } from "../../factories";
import { allowWebhookHosts, createToken } from "./helpers";

// Webhooks may not be pointed at this machine or a local network (SSRF) unless an admin names the host;
// the delivery checks again, against what the name resolves to at that moment.
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
  // each test counts its own tokens and deliveries
  received = 0;
  await db.setting.deleteMany({ where: { key: "webhookAllowedHosts" } });
  await db.webhookDelivery.deleteMany({});
  await db.apiToken.updateMany({ data: { revokedAt: new Date() } });
});

async function announce() {
  await db.$transaction((tx) =>
    enqueuePublicationWebhooks(tx, {
      publicationId: "p",
      articleId: "a",
      lang: "de",
      version: 1,
      title: "T",
      publishedAt: new Date().toISOString(),
    }),
  );
  return kickWebhookDeliveries();
}

/** A token row written directly: what an older version, or a host allowed then, may have left behind. */
async function storedToken(ownerId: string, webhookUrl: string) {
  const { hash, prefix } = generateToken();
  return db.apiToken.create({
    data: {
      name: "old",
      tokenHash: hash,
      prefix,
      scopes: "read",
      webhookUrl,
      webhookSecret: "whsec_x",
      createdById: ownerId,
    },
  });
}

describe("webhook URLs at token creation", () => {
  it("refuse loopback and private addresses in any notation, and local names, with the host named", async () => {
    const admin = await createActor("admin");
    const tokens = await db.apiToken.count();
    for (const url of [
      "http://127.0.0.1:4000/hook",
      "https://127.1/hook",
      "https://0x7f000001/hook",
      "https://2130706433/",
      "https://[::1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://10.1.2.3/",
      "https://169.254.169.254/latest/meta-data",
      "https://[fe80::1]/",
      "https://localhost/hook",
      "https://cms.local/hook",
    ]) {
      const r = await createApiTokenAction({ name: "x", scopes: ["read"], webhookUrl: url }, admin);
      expect(r, url).toMatchObject({
        ok: false,
        code: "API_WEBHOOK_HOST_FORBIDDEN",
        params: { host: expect.any(String) },
      });
    }
    expect(await db.apiToken.count()).toBe(tokens);
  });

  it("accept a host an admin allowed, plain HTTP included, with the URL normalised", async () => {
    const admin = await createActor("admin");
    await allowWebhookHosts(admin, [" 127.0.0.1 ", "cms.intern"]);
    expect(await loadWebhookHosts()).toEqual(["127.0.0.1", "cms.intern"]);
    const token = await createToken(admin, ["read"], "http://127.1:4000/hook");
    expect(token.webhookUrl).toBe("http://127.0.0.1:4000/hook");
    expect((await createToken(admin, ["read"], "http://cms.intern/duyet")).webhookUrl).toBe("http://cms.intern/duyet");
  });
});

describe("the allowed-hosts setting", () => {
  it("is for settings admins, refuses a bad entry without changing anything, and is audited", async () => {
    const admin = await createActor("admin");
    expect(await saveWebhookHostsAction({ hosts: ["127.0.0.1"] }, await createActor("publisher"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await allowWebhookHosts(admin, ["cms.intern"]);
    expect(await saveWebhookHostsAction({ hosts: ["127.0.0.1", "http://evil.example/x"] }, admin)).toEqual({
      ok: false,
      code: "WEBHOOK_HOST_INVALID",
      params: { host: "http://evil.example/x" },
    });
    expect(await loadWebhookHosts()).toEqual(["cms.intern"]);
    await allowWebhookHosts(admin, ["localhost", "LOCALHOST"]);
    const audit = await db.auditEvent.findMany({
      where: { action: "settings.webhooks", actorId: admin.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => JSON.parse(a.data))).toEqual([
      { hosts: ["cms.intern"], before: [] },
      { hosts: ["localhost"], before: ["cms.intern"] },
    ]);
  });
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
