import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { TARGET_LANGS, type TargetLang } from "@/lib/articles/kinds";
import {
  DEFAULT_BATCH_LIMITS,
  planBatches,
  TranslationError,
  type BatchLimits,
  type TranslationProvider,
} from "@/lib/translation";
import { recordEvent } from "@/lib/audit/server/record-event";
import { loadMtSettings } from "./load-mt-settings";
import { loadProvider } from "./load-provider";
import { syncGlossary } from "./sync-glossary";
import { tmKey } from "./tm-key";
import { writeMtBatch, type MtWrite } from "./write-mt-batch";
import { chargedTranslate } from "./charged-translate";

type Missing = { translationId: string; segmentId: string; source: string; paragraph: string };
export type RunMtOptions = { provider?: TranslationProvider; limits?: BatchLimits };

/** Rows of one language still untranslated, with the text of their paragraph (DeepL context). */
async function loadMissing(articleId: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      segments: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          paragraph: true,
          sourceText: true,
          translatable: true,
          translations: { select: { id: true, lang: true, state: true } },
        },
      },
    },
  });
  const paragraphs = new Map<number, string[]>();
  for (const s of article.segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.sourceText]);
  const missing = Object.fromEntries(
    TARGET_LANGS.map((lang) => [
      lang,
      article.segments.flatMap((s): Missing[] => {
        const row = s.translations.find((t) => t.lang === lang);
        if (!s.translatable || !row || row.state !== "untranslated" || !s.sourceText.trim()) return [];
        return [
          {
            translationId: row.id,
            segmentId: s.id,
            source: s.sourceText,
            paragraph: paragraphs.get(s.paragraph)!.join(" "),
          },
        ];
      }),
    ]),
  ) as Record<TargetLang, Missing[]>;
  return { title: article.title, missing };
}

/**
 * Runs one claimed job to the end: memory hits first (no DeepL call), then what is still missing in
 * batches (≤ 50 texts, well under 128 KiB, headline + paragraphs as context). Each batch is committed on
 * its own, so a fault keeps earlier batches and a re-run sends only what is still missing.
 */
export async function runMtJob(jobId: string, opts: RunMtOptions = {}): Promise<void> {
  const job = await db.mtJob.findUniqueOrThrow({ where: { id: jobId } });
  const base = { jobId, articleId: job.articleId, actorId: job.startedById };
  try {
    const { title, missing } = await loadMissing(job.articleId);
    await db.mtJob.update({
      where: { id: jobId },
      data: { total: job.done + TARGET_LANGS.reduce((n, l) => n + missing[l].length, 0) },
    });
    let provider = opts.provider ?? null;
    let glossaryId: string | null | undefined;
    const settings = await loadMtSettings(db);
    for (const lang of TARGET_LANGS) {
      // Same normalised source → sent once, filled everywhere.
      const groups = new Map<string, { hash: string; rows: Missing[] }>();
      for (const m of missing[lang]) {
        const key = tmKey(m.source);
        const g = groups.get(key.vi) ?? { hash: key.hash, rows: [] };
        g.rows.push(m);
        groups.set(key.vi, g);
      }
      const hits = await db.tmEntry.findMany({ where: { hash: { in: [...groups.values()].map((g) => g.hash) } } });
      const memory = new Map(hits.map((h) => [h.hash, lang === "de" ? h.de : h.en]));
      const fromMemory: MtWrite[] = [];
      const toSend: { id: string; text: string; context: string }[] = [];
      for (const [vi, g] of groups) {
        const hit = memory.get(g.hash);
        if (hit)
          fromMemory.push(
            ...g.rows.map((r) => ({
              translationId: r.translationId,
              segmentId: r.segmentId,
              text: hit,
              billedCharacters: 0,
            })),
          );
        else toSend.push({ id: vi, text: g.rows[0]!.source, context: g.rows[0]!.paragraph });
      }
      for (let i = 0; i < fromMemory.length; i += 50) {
        await writeMtBatch({
          ...base,
          lang,
          origin: "tm",
          engine: "tm",
          settings: {},
          writes: fromMemory.slice(i, i + 50),
          billedCharacters: 0,
          requests: 0,
        });
      }
      if (toSend.length === 0) continue;
      provider ??= await loadProvider();
      glossaryId ??= await syncGlossary(provider);
      for (const batch of planBatches(toSend, opts.limits ?? DEFAULT_BATCH_LIMITS, { headline: title })) {
        const texts = batch.items.map((it) => it.text);
        let result;
        try {
          result = await chargedTranslate(
            provider,
            { texts, target: lang, context: batch.context, glossaryId },
            { ...base, lang },
          );
        } catch (e) {
          // The glossary was deleted at DeepL: re-create it once and send the batch again.
          if (!(e instanceof TranslationError && e.code === "MT_GLOSSARY_NOT_FOUND")) throw e;
          glossaryId = await syncGlossary(provider, { force: true });
          result = await chargedTranslate(
            provider,
            { texts, target: lang, context: batch.context, glossaryId },
            { ...base, lang },
          );
        }
        const writes = batch.items.flatMap((it, k) =>
          groups.get(it.id)!.rows.map((r, n) => ({
            translationId: r.translationId,
            segmentId: r.segmentId,
            text: result[k]!.text,
            billedCharacters: n === 0 ? result[k]!.billedCharacters : 0,
          })),
        );
        const machineSettings = {
          ...(lang === "en" ? { englishVariant: settings.englishVariant } : { formality: settings.germanFormality }),
          glossaryId: glossaryId ?? null,
          context: true,
        };
        await writeMtBatch({
          ...base,
          lang,
          origin: "machine",
          engine: provider.engine,
          settings: machineSettings,
          writes,
          billedCharacters: result.reduce((n, r) => n + r.billedCharacters, 0),
          requests: 1,
        });
      }
    }
    await finish(jobId, job.articleId, job.startedById, { state: "done" });
  } catch (e) {
    const code = isAppError(e) ? e.code : "INTERNAL";
    if (!isAppError(e)) console.error("[mt] job failed unexpectedly", jobId, e);
    const params = isAppError(e) ? e.params : {};
    await finish(jobId, job.articleId, job.startedById, {
      state: "failed",
      errorCode: code,
      errorParams: JSON.stringify(params),
    });
  }
}

async function finish(
  jobId: string,
  articleId: string,
  actorId: string | null,
  data: { state: string; errorCode?: string; errorParams?: string },
) {
  await db.$transaction(async (tx) => {
    const job = await tx.mtJob.update({ where: { id: jobId }, data: { ...data, finishedAt: new Date() } });
    await recordEvent(tx, {
      actorId,
      action: `mt.${data.state}`,
      entityType: "mtJob",
      entityId: jobId,
      articleId,
      data: {
        done: job.done,
        total: job.total,
        requests: job.requests,
        billedCharacters: job.billedCharacters,
        ...(data.errorCode ? { errorCode: data.errorCode } : {}),
      },
    });
  });
}
