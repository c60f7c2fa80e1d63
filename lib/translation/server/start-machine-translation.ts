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
  const started = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
    if (!article) throw new AppError("ARTICLE_NOT_FOUND");
    const active = await tx.mtJob.findFirst({ where: { articleId: article.id, state: { in: ["queued", "running"] } } });
    if (active) return { jobId: active.id, alreadyRunning: true };
    const job = await tx.mtJob.create({ data: { articleId: article.id, startedById: actor.id } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "mt.start",
      entityType: "mtJob",
      entityId: job.id,
      articleId: article.id,
    });
    return { jobId: job.id, alreadyRunning: false };
  });
  ensureMtRunner();
  void kickMtRunner(); // not awaited: the request returns while the job runs
  return started;
}
