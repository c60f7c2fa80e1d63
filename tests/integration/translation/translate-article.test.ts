// The MT job end to end against a real SQLite database and the local DeepL server: batching and limits,
// context, billing, revisions, quality issues, idempotent re-runs, one active job per article.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle, SAMPLE_ARTICLE } from "@/tests/factories";
import { startMachineTranslationAction, getMtStatusAction } from "@/lib/translation/server/actions";
import { drainJobs, longArticle, rowsOf, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();

describe("machine translation of an article", () => {
  it("fills every missing translatable segment in ⌈n/50⌉ requests per language, with context", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator, longArticle("Quảng Ninh", 12, 10)); // 1 title + 120 sentences
    const started = await startMachineTranslationAction({ articleId }, translator);
    expect(started.ok).toBe(true);
    await drainJobs();

    const requests = translateRequests(server());
    expect(requests.filter((r) => r.target_lang === "DE")).toHaveLength(3);
    expect(requests.filter((r) => r.target_lang === "EN-GB")).toHaveLength(3);
    for (const r of requests) {
      expect(r.texts!.length).toBeLessThanOrEqual(50);
      expect(r.bodyBytes).toBeLessThan(128 * 1024);
      expect(r.context).toMatch(/^Quảng Ninh\n\n/); // headline first, then the batch's paragraphs
      expect(r.context).toContain(r.texts![r.texts!.length - 1]!);
    }

    const rows = await rowsOf(articleId);
    expect(rows).toHaveLength(121 * 2);
    for (const t of rows) {
      expect(t).toMatchObject({ state: "machine", origin: "machine", machineEngine: "deepl", version: 2 });
      expect(t.machineText).toBe(t.text);
      expect(t.text).toMatch(t.lang === "de" ? /^\[DE\] / : /^\[EN-GB\] /);
      expect(t.billedCharacters).toBe([...t.segment.sourceText].length);
      expect(JSON.parse(t.machineSettings!)).toMatchObject({ context: true });
    }
    const revisions = await db.revision.findMany({ where: { translation: { articleId }, action: "machine" } });
    expect(revisions).toHaveLength(rows.length);
    const billed = await db.articleLanguage.findMany({ where: { articleId } });
    const sourceChars = rows.filter((r) => r.lang === "de").reduce((n, r) => n + [...r.segment.sourceText].length, 0);
    expect(billed.map((b) => b.billedCharacters)).toEqual([sourceChars, sourceChars]);
    expect(server().stats().billedCharacters).toBe(2 * sourceChars);

    const status = await getMtStatusAction({ articleId }, translator);
    expect(status.ok && status.data.job).toMatchObject({
      state: "done",
      total: 242,
      done: 242,
      requests: 6,
      billedCharacters: 2 * sourceChars,
    });
    expect(status.ok && status.data.changes).toHaveLength(242);
  });

  it("sends only translatable, missing segments, records quality issues, and a second run sends nothing", async () => {
    const translator = await createActor("translator");
    const { articleId, translations } = await createArticle(translator, SAMPLE_ARTICLE);
    const human = translations.find((t) => t.lang === "de")!;
    await db.translation.update({
      where: { id: human.id },
      data: { text: "Von Hand.", state: "draft", origin: "human", version: 2 },
    });
    await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    const [de, en] = [
      translateRequests(server()).find((r) => r.target_lang === "DE")!,
      translateRequests(server()).find((r) => r.target_lang === "EN-GB")!,
    ];
    const segments = await db.segment.findMany({
      where: { articleId, translatable: true },
      orderBy: { position: "asc" },
    });
    expect(en.texts).toEqual(segments.map((s) => s.sourceText));
    expect(de.texts).toEqual(segments.filter((s) => s.id !== human.segmentId).map((s) => s.sourceText));
    expect(de.texts!.join(" ")).not.toMatch(/Bình luận|\[ad_1\]|Nguồn:/);
    expect((await db.translation.findUniqueOrThrow({ where: { id: human.id } })).text).toBe("Von Hand.");
    const filled = await db.translation.findMany({ where: { articleId, state: "machine" } });
    expect(filled.every((t) => Array.isArray(JSON.parse(t.issues)))).toBe(true);

    server().reset();
    await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    expect(server().stats().requests).toBe(0);
    const job = await db.mtJob.findFirstOrThrow({ where: { articleId }, orderBy: { createdAt: "desc" } });
    expect(job).toMatchObject({ state: "done", total: 0, requests: 0, billedCharacters: 0 });
  });

  it("keeps one active job per article", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator);
    server().setFault({ status: "slow", delayMs: 300, count: 1 });
    const first = await startMachineTranslationAction({ articleId }, translator);
    const second = await startMachineTranslationAction({ articleId }, translator);
    expect(first.ok && second.ok && second.data).toEqual({
      jobId: first.ok ? first.data.jobId : "",
      alreadyRunning: true,
    });
    await drainJobs();
    expect(await db.mtJob.count({ where: { articleId } })).toBe(1);
  });

  it("is refused without the permission and explains a missing DEEPL_AUTH_KEY", async () => {
    const translator = await createActor("translator");
    const { articleId } = await createArticle(translator);
    const key = process.env.DEEPL_AUTH_KEY;
    delete process.env.DEEPL_AUTH_KEY;
    try {
      expect(await startMachineTranslationAction({ articleId }, translator)).toMatchObject({
        ok: false,
        code: "MT_NOT_CONFIGURED",
      });
    } finally {
      process.env.DEEPL_AUTH_KEY = key;
    }
    expect(await startMachineTranslationAction({ articleId }, null)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await db.mtJob.count({ where: { articleId } })).toBe(0);
  });
});
