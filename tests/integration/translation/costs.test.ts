// Characters DeepL billed are never lost from the cost view: every request is in the ledger before it is
// sent (an estimate: the source's code points), settled with DeepL's count when the answer comes, and left
// as an estimate on a timeout or a crash. A batch whose write fails still counts.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { kickMtRunner } from "@/lib/translation/server/mt-runner";
import { loadMtCosts } from "@/lib/translation/server/load-mt-costs";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();
const codePoints = (texts: string[]) => texts.reduce((n, t) => n + [...t].length, 0);

/** An article with a queued MT job, not started yet (the test injects its fault first, then runs it). */
async function queued() {
  const translator = await createActor("translator");
  const { articleId, translations } = await createArticle(translator);
  const job = await db.mtJob.create({ data: { articleId, state: "queued", startedById: translator.id } });
  return { translator, articleId, translations, job };
}

/** Waits until the DeepL server has received `n` translate requests (the job is waiting for the answer). */
async function untilSent(n = 1) {
  for (let i = 0; i < 400 && translateRequests(server()).length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return translateRequests(server());
}

/** Waits until the DeepL server has answered a translate request (a slow one included). */
async function answered() {
  for (let i = 0; i < 400 && server().stats().translateSucceeded < 1; i++) await new Promise((r) => setTimeout(r, 25));
}

async function costOf(articleId: string) {
  const costs = await loadMtCosts();
  return { article: costs.articles.find((a) => a.articleId === articleId), totals: costs.totals };
}

describe("billed characters in the cost view", () => {
  it("a request that timed out still counts, as estimated characters (what DeepL billed anyway)", async () => {
    const { articleId } = await queued();
    server().setFault({ status: "slow", delayMs: 2500, count: 1, path: "/v2/translate" }); // the client gives up after 2 s
    await drainJobs();
    expect(await db.mtJob.findFirstOrThrow({ where: { articleId } })).toMatchObject({
      state: "failed",
      errorCode: "MT_NETWORK",
    });
    const [sent] = translateRequests(server());
    const estimate = codePoints(sent!.texts!);
    const { article, totals } = await costOf(articleId);
    expect(article?.de).toEqual({ characters: estimate, estimated: estimate });
    expect(totals.de).toEqual({ characters: estimate, estimated: estimate });
    await answered(); // DeepL answers the abandoned request and bills it
    expect(server().stats().billedCharacters).toBe(estimate);
  });

  it("a process killed while DeepL answers leaves its request in the ledger as estimated", async () => {
    const { articleId, job } = await queued();
    server().setFault({ status: "slow", delayMs: 1500, count: 1, path: "/v2/translate" });
    // tsx as a loader in this one process (its CLI would run the script in a child that survives the kill).
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", path.join(import.meta.dirname, "run-job-child.ts"), job.id],
      { env: process.env, stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const [sent] = await untilSent();
    child.kill("SIGKILL");
    await exited;
    // A restarted server would pick the job up again; here it must not run in the next tests.
    await db.mtJob.update({ where: { id: job.id }, data: { state: "failed" } });
    const estimate = codePoints(sent!.texts!);
    await answered(); // DeepL answers (and bills) into the void; nobody is left to record it
    expect(server().stats().billedCharacters).toBe(estimate);
    expect(await db.translation.count({ where: { articleId, state: "machine" } })).toBe(0);
    expect((await costOf(articleId)).article?.de).toEqual({ characters: estimate, estimated: estimate });
    expect(translateRequests(server())).toHaveLength(1);
  });

  it("a batch whose write failed still counts with DeepL's billed characters", async () => {
    const { articleId, job } = await queued();
    server().setFault({ status: "slow", delayMs: 400, count: 1, path: "/v2/translate" });
    const running = kickMtRunner();
    await untilSent();
    await db.mtJob.delete({ where: { id: job.id } }); // the batch's write (and the job's end) now fail and roll back
    await running;
    expect(await db.translation.count({ where: { articleId, state: "machine" } })).toBe(0);
    const billed = server().stats().billedCharacters;
    expect(billed).toBeGreaterThan(0);
    expect((await costOf(articleId)).article?.de).toEqual({ characters: billed, estimated: 0 });
  });

  it("counts a batch whose rows a human filled meanwhile, and nothing for a refused request", async () => {
    const { articleId, translator, translations } = await queued();
    const row = translations.find((t) => t.lang === "de" && t.state === "untranslated")!;
    server().setFault([
      { status: "slow", delayMs: 400, count: 1, path: "/v2/translate" },
      { status: 456, count: 1, afterRequests: 1, path: "/v2/translate" },
    ]);
    const running = kickMtRunner();
    const [sent] = await untilSent();
    await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Von Hand.", confirm: false },
      translator,
    );
    await running;
    expect(await db.mtJob.findFirstOrThrow({ where: { articleId } })).toMatchObject({
      state: "failed",
      errorCode: "MT_QUOTA_EXCEEDED",
    });
    const { article } = await costOf(articleId);
    expect(article).toMatchObject({
      de: { characters: codePoints(sent!.texts!), estimated: 0 },
      en: { characters: 0, estimated: 0 },
    });
    expect(
      await db.mtCharge.findMany({
        where: { articleId },
        orderBy: { createdAt: "asc" },
        select: { lang: true, state: true },
      }),
    ).toEqual([
      { lang: "de", state: "billed" },
      { lang: "en", state: "refused" },
    ]);
  });
});
