// Two "Machine translate" clicks at the same moment (two tabs, or two app instances behind one
// PostgreSQL database) must queue one job: a second job would send the same text to DeepL again and
// be billed twice. On PostgreSQL the requests run on separate pooled connections, truly in parallel.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { startMachineTranslationAction } from "@/lib/translation/server/actions";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();

describe("one machine-translation job per article", () => {
  it("queues one job for four simultaneous starts, and DeepL is asked once per language", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator);
    server().setFault({ status: "slow", delayMs: 200, count: 1 });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => startMachineTranslationAction({ articleId }, translator)),
    );
    const jobIds = new Set(results.map((r) => (r.ok ? r.data.jobId : r.code)));
    expect(jobIds.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.data.alreadyRunning)).toHaveLength(1);
    await drainJobs();
    expect(await db.mtJob.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId, action: "mt.start" } })).toBe(1);
    const langs = translateRequests(server()).map((r) => r.target_lang);
    expect(langs.sort()).toEqual(["DE", "EN-GB"]);
  });

  it("starts a new job once the previous one has finished", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator);
    const first = await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    const second = await startMachineTranslationAction({ articleId }, translator);
    expect(first.ok && second.ok && second.data.alreadyRunning).toBe(false);
    expect(first.ok && second.ok && second.data.jobId !== first.data.jobId).toBe(true);
    await drainJobs();
    const jobs = await db.mtJob.findMany({ where: { articleId }, select: { state: true } });
    expect(jobs.map((j) => j.state)).toEqual(["done", "done"]);
  });
});
