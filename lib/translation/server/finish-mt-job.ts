import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/server/record-event";

/** Closes a job (done or failed) with its audit row in the same transaction; frees the article's slot. */
export async function finishMtJob(
  at: { jobId: string; articleId: string; actorId: string | null },
  data: { state: "done" | "failed"; errorCode?: string; errorParams?: string },
) {
  await db.$transaction(async (tx) => {
    const job = await tx.mtJob.update({
      where: { id: at.jobId },
      data: { ...data, activeFor: null, finishedAt: new Date() },
    });
    await recordEvent(tx, {
      actorId: at.actorId,
      action: `mt.${data.state}` as const,
      entityType: "mtJob",
      entityId: at.jobId,
      articleId: at.articleId,
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
