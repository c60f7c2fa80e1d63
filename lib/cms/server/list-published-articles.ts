import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";
import type { ExportDocument } from "@/lib/export/types";

export type PublishedListInput = { page: number; pageSize: number; since?: Date; lang?: TargetLang };
export type PublishedArticle = {
  id: string;
  lang: string;
  version: number;
  title: string;
  sourceTitle: string;
  publishedAt: string;
  path: string;
};
export type PublishedList = { items: PublishedArticle[]; page: number; pageSize: number; total: number };

/**
 * The latest publication of every article language, most recently published first. `since` keeps only
 * those whose latest version was published at or after it, so a CMS can poll for what changed.
 */
export async function listPublishedArticles(input: PublishedListInput): Promise<PublishedList> {
  const where = input.lang ? { lang: input.lang } : {};
  const having = input.since ? { publishedAt: { _max: { gte: input.since } } } : undefined;
  // Publications are append-only with growing versions, so max(version) per article+lang is the latest.
  const groups = await db.publication.groupBy({
    by: ["articleId", "lang"],
    where,
    having,
    _max: { version: true, publishedAt: true },
    orderBy: [{ _max: { publishedAt: "desc" } }, { articleId: "asc" }, { lang: "asc" }],
  });
  // One small row per published article language: counting and slicing them here is cheaper than a second
  // grouped COUNT query, and stays portable between SQLite and PostgreSQL.
  const total = groups.length;
  const slice = groups.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  if (!slice.length) return { items: [], page: input.page, pageSize: input.pageSize, total };

  const rows = await db.publication.findMany({
    where: { OR: slice.map((g) => ({ articleId: g.articleId, lang: g.lang, version: g._max.version ?? 0 })) },
    select: {
      articleId: true,
      lang: true,
      version: true,
      snapshot: true,
      publishedAt: true,
      article: { select: { title: true } },
    },
  });
  const byKey = new Map(rows.map((r) => [`${r.articleId}:${r.lang}`, r]));
  const items = slice.flatMap((g) => {
    const r = byKey.get(`${g.articleId}:${g.lang}`);
    if (!r) return [];
    return [
      {
        id: r.articleId,
        lang: r.lang,
        version: r.version,
        title: translatedTitle(r.snapshot) ?? r.article.title,
        sourceTitle: r.article.title,
        publishedAt: r.publishedAt.toISOString(),
        path: `/api/v1/articles/${encodeURIComponent(r.articleId)}/${r.lang}?version=${r.version}`,
      },
    ];
  });
  return { items, page: input.page, pageSize: input.pageSize, total };
}

/** The published title is the target text of the snapshot's title segment, as it was published. */
function translatedTitle(snapshot: string): string | null {
  try {
    const doc = JSON.parse(snapshot) as Partial<ExportDocument>;
    return doc.segments?.find((s) => s.kind === "title")?.target || null;
  } catch {
    return null;
  }
}
