import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffWords, type DiffPart } from "@/lib/review/diff";
import {
  sourceAsText,
  type RemovedSegment,
  type SourceSnapshotSegment,
  type SourceUpdateStats,
} from "@/lib/articles/source-versions";

export type SourceVersionEntry = {
  number: number;
  title: string;
  createdAt: string;
  createdBy: string | null;
  segments: number;
  stats: SourceUpdateStats | null;
  removed: RemovedSegment[];
};

export type SourceVersionsView = {
  article: { id: string; title: string };
  versions: SourceVersionEntry[];
  /** The two versions compared (defaults: the one before the latest, and the latest) and their word diff. */
  compare: { from: number; to: number; parts: DiffPart[]; same: boolean } | null;
};

/**
 * The versions of an article's source, newest first, and the diff of two of them. An article is bounded
 * by MAX_SEGMENTS and gets a version per source update, so the list is short; each version's JSON is
 * parsed once.
 */
export async function loadSourceVersions(
  articleId: string,
  pick: { from?: number; to?: number },
): Promise<SourceVersionsView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, state: true },
  });
  if (!article || article.state === "importing") throw new AppError("ARTICLE_NOT_FOUND");
  const rows = await db.sourceVersion.findMany({ where: { articleId }, orderBy: { number: "desc" } });
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: rows.flatMap((r) => (r.createdById ? [r.createdById] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const segmentsOf = new Map(rows.map((r) => [r.number, JSON.parse(r.segments) as SourceSnapshotSegment[]]));
  const versions = rows.map((r) => ({
    number: r.number,
    title: r.title,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
    segments: segmentsOf.get(r.number)?.length ?? 0,
    stats: r.number > 1 ? (JSON.parse(r.stats) as SourceUpdateStats) : null,
    removed: JSON.parse(r.removed) as RemovedSegment[],
  }));
  if (rows.length < 2) return { article: { id: article.id, title: article.title }, versions, compare: null };
  const to = segmentsOf.has(pick.to ?? 0) ? pick.to! : rows[0]!.number;
  const from = segmentsOf.has(pick.from ?? 0) ? pick.from! : rows[1]!.number;
  const before = sourceAsText(segmentsOf.get(from)!);
  const after = sourceAsText(segmentsOf.get(to)!);
  return {
    article: { id: article.id, title: article.title },
    versions,
    compare: { from, to, parts: diffWords(before, after), same: before === after },
  };
}
