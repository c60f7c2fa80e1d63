// DeepL faults: 429/5xx retried, 456/403/network stop the job with their code, committed batches stay,
// no half-written batch, and a re-run continues with what is still missing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { startMachineTranslationAction, getMtStatusAction } from "@/lib/translation/server/actions";
import { kickMtRunner, STALE_MS } from "@/lib/translation/server/mt-runner";
import { writeMtBatch } from "@/lib/translation/server/write-mt-batch";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { drainJobs, longArticle, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();

async function run(articleId: string) {
  const actor = await createActor("translator");
  await startMachineTranslationAction({ articleId }, actor);
  await drainJobs();
  const status = await getMtStatusAction({ articleId }, actor);
  if (!status.ok || !status.data.job) throw new Error("no job");
  return status.data.job;
}
const machineRows = (articleId: string) => db.translation.count({ where: { articleId, state: "machine" } });

describe("DeepL faults", () => {
  it.each([429, 500, 503])("retries %i with backoff and finishes", async (status) => {
    const { articleId } = await createArticle(await createActor("translator"));
    server().setFault({ status, count: 2, path: "/v2/translate" });
    expect(await run(articleId)).toMatchObject({ state: "done", errorCode: null });
    expect(await machineRows(articleId)).toBe(8);
    expect(translateRequests(server())).toHaveLength(4); // 2 faulted + 1 per language
  });

  it.each([
    [456, "MT_QUOTA_EXCEEDED"],
    [403, "MT_AUTH_FAILED"],
    ["drop", "MT_NETWORK"],
    [429, "MT_RATE_LIMITED"], // still failing after every retry
  ] as const)("stops on %s with %s, keeps committed batches, and a re-run continues", async (status, code) => {
    const { articleId } = await createArticle(await createActor("translator"), longArticle("Huế", 7, 10)); // 71 segments: 2 batches per language
    server().setFault({ status, count: 10, afterRequests: 1, path: "/v2/translate" });
    const failed = await run(articleId);
    expect(failed).toMatchObject({ state: "failed", errorCode: code, done: 50, total: 142 });
    expect(await machineRows(articleId)).toBe(50); // the first batch, whole; nothing of the failed one
    expect(
      await db.articleLanguage.findUniqueOrThrow({ where: { articleId_lang: { articleId, lang: "en" } } }),
    ).toMatchObject({ billedCharacters: 0 });

    server().reset();
    const resumed = await run(articleId);
    expect(resumed).toMatchObject({ state: "done", total: 92, done: 92 });
    const sent = translateRequests(server()).map((r) => [r.target_lang, r.texts!.length]);
    expect(sent).toEqual([
      ["DE", 21],
      ["EN-GB", 50],
      ["EN-GB", 21],
    ]);
    expect(await machineRows(articleId)).toBe(142);
  });

  it("times out a DeepL that does not answer as a network fault", async () => {
    const { articleId } = await createArticle(await createActor("translator"));
    server().setFault({ status: "slow", delayMs: 3000, path: "/v2/translate" });
    expect(await run(articleId)).toMatchObject({ state: "failed", errorCode: "MT_NETWORK" });
    expect(await machineRows(articleId)).toBe(0);
  });

  it("never overwrites a human edit made while DeepL was answering", async () => {
    const translator = await createActor("translator");
    const { articleId, translations } = await createArticle(translator);
    const row = translations.find((t) => t.lang === "de" && t.state === "untranslated")!;
    await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Menschlich.", confirm: false },
      translator,
    );
    const job = await db.mtJob.create({ data: { articleId, state: "running" } });
    const filled = await writeMtBatch({
      jobId: job.id,
      articleId,
      lang: "de",
      actorId: null,
      origin: "machine",
      engine: "deepl",
      settings: {},
      writes: [{ translationId: row.id, segmentId: row.segmentId, text: "[DE] Maschine", billedCharacters: 10 }],
      billedCharacters: 10,
      requests: 1,
    });
    expect(filled).toBe(0);
    expect(await db.translation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      text: "Menschlich.",
      state: "draft",
      origin: "human",
    });
  });

  it("resumes a job whose server died: queued and stale running jobs are picked up", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator);
    const { articleId: other } = await createArticle(translator);
    await db.mtJob.create({ data: { articleId, state: "queued", startedById: translator.id } });
    await db.mtJob.create({
      data: {
        articleId: other,
        state: "running",
        startedById: translator.id,
        updatedAt: new Date(Date.now() - STALE_MS - 1000),
      },
    });
    await kickMtRunner();
    expect((await db.mtJob.findMany({ where: { articleId: { in: [articleId, other] } } })).map((j) => j.state)).toEqual(
      ["done", "done"],
    );
    expect(await machineRows(articleId)).toBe(8);
    expect(await machineRows(other)).toBe(8);
  });
});
