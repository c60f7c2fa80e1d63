// Webhooks may not be pointed at this machine or a local network (SSRF) unless an admin names the host:
// the check when a token is created, and the admin setting that names allowed hosts.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiTokenAction, saveWebhookHostsAction } from "@/lib/cms/server/actions";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { loadWebhookHosts } from "@/lib/cms/server/load-webhook-hosts";
import { createActor } from "../../factories";
import { allowWebhookHosts, createToken } from "./helpers";
import { clearWebhookState } from "./webhook-hosts-fixtures";

beforeEach(clearWebhookState);
afterAll(() => stopWebhookWorker());

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
