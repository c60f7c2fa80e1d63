// A local receiver for webhook tests: what it received, the status it answers with, and its base URL.
// Each test starts with nothing received, an answer of 200, no deliveries and every token revoked.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import type { PublicationEvent } from "@/lib/publishing/server/enqueue-webhooks";
import { createActor, createArticle } from "../../factories";
import { allowWebhookHosts } from "./helpers";

type Received = { headers: http.IncomingHttpHeaders; body: string };

export function withWebhookReceiver() {
  const hook = { received: [] as Received[], answer: 200, base: "" };
  let server: http.Server;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        hook.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
        res.statusCode = hook.answer;
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    hook.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await allowWebhookHosts(await createActor("admin"), ["127.0.0.1"]);
  });
  afterEach(async () => {
    hook.received = [];
    hook.answer = 200;
    await db.webhookDelivery.deleteMany({}); // each test counts its own deliveries
    await db.apiToken.updateMany({ data: { revokedAt: new Date() } });
  });
  afterAll(async () => {
    stopWebhookWorker();
    await new Promise((resolve) => server.close(resolve));
  });
  return hook;
}

/** A publication event for a fresh article. */
export async function publication(): Promise<PublicationEvent> {
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
