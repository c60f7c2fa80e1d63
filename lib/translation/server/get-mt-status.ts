import "server-only";
import { db } from "@/lib/db";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import { translationPatch } from "@/lib/articles/translation-view";
import { parseTargetLang, type TargetLang } from "@/lib/vocabulary";
import { ensureMtRunner } from "./mt-runner";

export type MtJobView = {
  id: string;
  state: "queued" | "running" | "done" | "failed";
  total: number;
  done: number;
  tmFilled: number;
  requests: number;
  billedCharacters: number;
  errorCode: string | null;
  errorParams: Record<string, string | number>;
  createdAt: string;
  finishedAt: string | null;
};
export type MtChange = { segmentId: string; lang: TargetLang; patch: Partial<EditorTranslation> };
export type MtStatus = { job: MtJobView | null; changes: MtChange[]; cursor: string | null };

/**
 * The article's latest MT job and the rows it filled since `since` (the previous poll's cursor), so the
 * editor can show them without a reload (for a draft whose source changed, only its new machine text). Rows are re-sent at the cursor's millisecond: patches are idempotent.
 */
export async function getMtStatus(input: { articleId: string; since?: string | null }): Promise<MtStatus> {
  ensureMtRunner(); // the first request after a restart resumes queued jobs
  const job = await db.mtJob.findFirst({ where: { articleId: input.articleId }, orderBy: { createdAt: "desc" } });
  if (!job) return { job: null, changes: [], cursor: input.since ?? null };
  const since = input.since ? new Date(input.since) : job.createdAt;
  const rows = await db.translation.findMany({
    where: {
      articleId: input.articleId,
      updatedAt: { gte: since },
      OR: [
        { state: "machine", origin: { in: ["machine", "tm"] } },
        // a draft whose source changed: only its new machine text is news (machine-refresh.ts)
        { sourceChanged: true, state: { notIn: ["untranslated", "approved"] } },
      ],
    },
    orderBy: { updatedAt: "asc" },
    take: 2000,
  });
  const authors = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.updatedById ?? ""))] } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const changes = rows.map((t): MtChange => ({
    segmentId: t.segmentId,
    lang: parseTargetLang(t.lang),
    patch:
      t.state === "machine"
        ? translationPatch(t, t.updatedById ? (authors.get(t.updatedById) ?? null) : null)
        : { machineText: t.machineText },
  }));
  const cursor = rows.length ? rows[rows.length - 1]!.updatedAt.toISOString() : since.toISOString();
  return {
    job: {
      id: job.id,
      state: job.state as MtJobView["state"],
      total: job.total,
      done: job.done,
      tmFilled: job.tmFilled,
      requests: job.requests,
      billedCharacters: job.billedCharacters,
      errorCode: job.errorCode,
      errorParams: job.errorParams ? (JSON.parse(job.errorParams) as Record<string, string | number>) : {},
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    },
    changes,
    cursor,
  };
}
