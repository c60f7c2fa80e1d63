// Two app instances on one database (the multi-instance deployment in the README): the second is a real
// process of its own. Both get two "Machine translate" and two "Publish" clicks at the same moment and
// run their queues: one MT job, DeepL asked once per language, one version, each webhook sent once.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { createActor, createArticle } from "@/tests/factories";
import { allowWebhookHosts, createToken } from "../cms/helpers";
import { translateRequests, withDeeplServer } from "../translation/helpers";
import { approvedArticle } from "@/tests/factories/approved-article";
import { act, type InstanceJob } from "./instance-work";

const { server: deepl } = withDeeplServer();
const hits: string[] = [];
let receiver: http.Server;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    hits.push(String(req.headers["x-duyet-delivery"]));
    req.resume().on("end", () => res.end("ok"));
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const admin = await createActor("admin");
  await allowWebhookHosts(admin, ["127.0.0.1"]);
  await createToken(admin, ["read"], `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
});
afterAll(async () => {
  stopWebhookWorker();
  await new Promise((resolve) => receiver.close(resolve));
});

/** Starts the second instance and resolves once it has loaded and waits for "go". */
async function secondInstance(job: InstanceJob) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      path.join(import.meta.dirname, "instance-child.ts"),
      JSON.stringify(job),
    ],
    { env: process.env, stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe("ready");
  return {
    go: () => child.stdin!.write("go\n"),
    result: async () => JSON.parse((await lines.next()).value as string) as Awaited<ReturnType<typeof act>>,
  };
}

// Several instances are a PostgreSQL deployment (README "Several instances"); SQLite is one process.
const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

describe.skipIf(!onPostgres)("two app instances on one PostgreSQL database", () => {
  it("never run an MT job, a publication or a webhook delivery twice", { timeout: 60_000 }, async () => {
    const translator = await createActor("translator");
    const { articleId: mtArticleId } = await createArticle(translator);
    const { articleId: publishArticleId, minh: publisher } = await approvedArticle();
    // DeepL answers slowly: the job is still running when the later clicks of either instance arrive.
    deepl().setFault({ status: "slow", delayMs: 1500, count: 2 });
    const job: InstanceJob = { mtArticleId, publishArticleId, translator, publisher };
    const other = await secondInstance(job);

    other.go();
    const [here, there] = await Promise.all([act(job), other.result()]);

    const clicks = [...here.clicks, ...there.clicks];
    const mt = clicks.filter((c) => c.ok && c.data && "jobId" in c.data) as { data: { jobId: string } }[];
    expect(new Set(mt.map((c) => c.data.jobId)).size).toBe(1);
    expect(await db.mtJob.count({ where: { articleId: mtArticleId } })).toBe(1);
    // Each language asked at most once (the English may come from memory: the other article's approved text).
    const langs = translateRequests(deepl()).map((r) => r.target_lang?.toUpperCase());
    expect(langs).toContain("DE");
    expect(new Set(langs).size).toBe(langs.length);

    const published = clicks.filter((c) => c.ok && c.data && "version" in c.data);
    expect(published).toHaveLength(1);
    const refused = clicks.filter((c) => !c.ok).map((c) => ("code" in c ? c.code : ""));
    expect(refused).toHaveLength(3); // the other three clicks: nothing changed since version 1
    expect(refused.filter((code) => code !== "PUBLISH_NOTHING_CHANGED" && code !== "PUBLISH_CONFLICT")).toEqual([]);
    expect(await db.publication.count({ where: { articleId: publishArticleId } })).toBe(1);

    const deliveries = await db.webhookDelivery.findMany({ where: { payload: { contains: publishArticleId } } });
    expect(deliveries).toHaveLength(1);
    await expect.poll(() => hits.length).toBe(1);
    expect(hits).toEqual([deliveries[0]!.id]);
  });
});
