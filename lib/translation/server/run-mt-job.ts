import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import type { BatchLimits, TranslationProvider } from "@/lib/translation";
import { openSegments, runMachineTranslation, type MtCommit } from "@/lib/translation/run";
import { loadMtSettings } from "./load-mt-settings";
import { loadMtSegments, rowKey } from "./load-mt-segments";
import { finishMtJob } from "./finish-mt-job";
import { mtTranslator } from "./mt-translator";
import { tmKey } from "./tm-key";
import { writeMtBatch } from "./write-mt-batch";

export type RunMtOptions = { provider?: TranslationProvider; limits?: BatchLimits };

/** Exact memory hits for every source of the article, one query (keyed by the normalised source). */
async function memoryFor(sources: string[]) {
  const hashes = [...new Set(sources.map((s) => tmKey(s).hash))];
  const hits = await db.tmEntry.findMany({ where: { hash: { in: hashes } } });
  const byHash = new Map(hits.map((h) => [h.hash, h]));
  return (normalized: string, lang: TargetLang) => byHash.get(tmKey(normalized).hash)?.[lang];
}

/**
 * Runs one claimed job to the end with the one MT algorithm (lib/translation/run.ts): memory hits first
 * (no DeepL call), then what is still missing in batches (≤ 50 texts, well under 128 KiB, headline +
 * paragraphs as context). Each batch is committed on its own, so a fault keeps earlier batches and a
 * re-run sends only what is still missing.
 */
export async function runMtJob(jobId: string, opts: RunMtOptions = {}): Promise<void> {
  const job = await db.mtJob.findUniqueOrThrow({ where: { id: jobId } });
  const base = { jobId, articleId: job.articleId, actorId: job.startedById };
  try {
    const article = await loadMtSegments(job.articleId);
    const open = TARGET_LANGS.map((l) => openSegments(article.segments, l));
    await db.mtJob.update({
      where: { id: jobId },
      data: { total: job.done + open.reduce((n, segs) => n + segs.length, 0) },
    });
    const settings = await loadMtSettings(db);
    const translator = mtTranslator(base, opts.provider);
    const commit = async (c: MtCommit) => {
      const lang = c.target;
      const writes = c.fills.map((f) => ({
        translationId: article.rowIds.get(rowKey(f.segmentId, lang))!,
        segmentId: f.segmentId,
        text: f.text,
        billedCharacters: f.billedCharacters,
      }));
      if (c.origin === "tm") {
        const tm = { engine: "tm", settings: {}, billedCharacters: 0, requests: 0 };
        await writeMtBatch({ ...base, ...tm, lang, origin: "tm", writes });
        return;
      }
      const { engine, glossaryId } = translator.used();
      const variant =
        lang === "en" ? { englishVariant: settings.englishVariant } : { formality: settings.germanFormality };
      await writeMtBatch({
        ...base,
        lang,
        origin: "machine",
        engine,
        settings: { ...variant, glossaryId, context: true },
        writes,
        billedCharacters: c.billedCharacters,
        requests: c.requests,
      });
    };
    await runMachineTranslation({
      provider: translator,
      headline: article.title,
      segments: article.segments,
      tmExact: await memoryFor(open.flat().map((s) => s.source)),
      limits: opts.limits,
      commit,
    });
    await finishMtJob(base, { state: "done" });
  } catch (e) {
    const code = isAppError(e) ? e.code : "INTERNAL";
    if (!isAppError(e)) console.error("[mt] job failed unexpectedly", jobId, e);
    const params = isAppError(e) ? e.params : {};
    await finishMtJob(base, { state: "failed", errorCode: code, errorParams: JSON.stringify(params) });
  }
}
