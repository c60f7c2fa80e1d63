import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { TranslationError } from "@/lib/translation";
import { mtConfigured } from "./load-provider";
import { ensureMtRunner, kickMtRunner } from "./mt-runner";

export type StartedJob = { jobId: string; alreadyRunning: boolean };

/**
 * Queues a background MT run of the article and returns at once; the runner does the work. Only one
 * queued or running job per article: asking again returns the active one. Fails with MT_NOT_CONFIGURED
 * before queuing anything when no DeepL key is set (environment or Admin → MT settings).
 */
export async function startMachineTranslation(input: { articleId: string }, actor: Actor): Promise<StartedJob> {
  if (!(await mtConfigured())) throw new TranslationError("MT_NOT_CONFIGURED", { missing: "DEEPL_AUTH_KEY" });
  const started = await queueOnce(input.articleId, actor);
  ensureMtRunner();
  void kickMtRunner(); // not awaited: the request returns while the job runs
  return started;
}

// Simultaneous starts (two tabs, two app instances) race past the "is one active?" read; the unique
// MtJob.activeFor lets exactly one insert win. The losers answer with the winner's job. Two rounds
// cover the one gap: the winner finishing between our failed insert and our read.
async function queueOnce(articleId: string, actor: Actor): Promise<StartedJob> {
  for (let round = 0; ; round++) {
    try {
      return await queueJob(articleId, actor);
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002" || round > 0) throw error;
    }
    const active = await db.mtJob.findUnique({ where: { activeFor: articleId }, select: { id: true } });
    if (active) return { jobId: active.id, alreadyRunning: true };
  }
}

async function queueJob(articleId: string, actor: Actor): Promise<StartedJob> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new AppError("ARTICLE_NOT_FOUND");
    const active = await tx.mtJob.findUnique({ where: { activeFor: article.id }, select: { id: true } });
    if (active) return { jobId: active.id, alreadyRunning: true };
    const job = await tx.mtJob.create({ data: { articleId, activeFor: articleId, startedById: actor.id } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "mt.start",
      entityType: "mtJob",
      entityId: job.id,
      articleId,
    });
    return { jobId: job.id, alreadyRunning: false };
  });
}
