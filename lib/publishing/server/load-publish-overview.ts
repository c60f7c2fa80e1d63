import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import { effortFields } from "@/lib/review/effort-fields";
import { publishReadiness, type ReadinessRow } from "@/lib/publishing/readiness";
import { listOverrides, type OverrideEntry } from "./list-overrides";
import { addSums, cellOf, NO_SUMS, type EffortCell } from "@/lib/review/effort-report";

export type LanguageOverview = {
  lang: TargetLang;
  total: number;
  approved: number;
  openErrors: number;
  /** publishReadiness: every row approved and no open error. */
  ready: boolean;
  /** Texts whose source changed in a new source version and that await review (PUBLISH_SOURCE_CHANGED). */
  sourceChanged: number;
  /** The last published version when the source was updated after it ("source updated since version N"), else null. */
  sourceUpdatedSince: number | null;
  /** Every override that applies to this language's text: the publisher confirms them (publishArticle). */
  overrides: OverrideEntry[];
  publications: { version: number; publishedAt: string; publishedBy: string | null }[];
  effort: { totals: EffortCell; perSegment: { position: number; hter: number; words: number }[] };
};

/**
 * Everything the publish page shows, per language: readiness, publication history, and the
 * post-editing effort stored with each translation (the same figures as the Effort page; a row whose
 * effort is still waiting to be measured is measured here), with HTER null when there is no baseline.
 */
export async function loadPublishOverview(
  articleId: string,
): Promise<{ title: string; languages: LanguageOverview[] }> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true } });
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const [translations, publications, overrides, lastSource] = await Promise.all([
    db.translation.findMany({
      where: { articleId },
      select: {
        lang: true,
        state: true,
        errorCount: true,
        sourceChanged: true,
        text: true,
        machineText: true,
        updatedAt: true,
        effortAt: true,
        effortEdits: true,
        effortHter: true,
        effortWords: true,
        effortBaseWords: true,
        editSeconds: true,
        segment: { select: { position: true } },
        revisions: { orderBy: { version: "desc" }, take: 1, select: { action: true } },
      },
    }),
    db.publication.findMany({
      where: { articleId },
      orderBy: { version: "desc" },
      select: { lang: true, version: true, publishedAt: true, publishedById: true },
    }),
    listOverrides(articleId),
    db.sourceVersion.findFirst({
      where: { articleId, number: { gt: 1 } },
      orderBy: { number: "desc" },
      select: { createdAt: true },
    }),
  ]);
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: publications.map((p) => p.publishedById).filter((x): x is string => !!x) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return {
    title: article.title,
    languages: TARGET_LANGS.map((lang) => {
      const rows = translations.filter((t) => t.lang === lang);
      const measured = rows
        .filter((t) => t.effortAt || t.text.trim())
        .map((t) => ({ t, e: t.effortAt || !t.text.trim() ? t : effortFields(t.text, t.machineText, t.updatedAt) }));
      const totals = measured.reduce(
        (s, { t, e }) =>
          addSums(s, {
            segments: 1,
            words: e.effortWords,
            seconds: t.editSeconds,
            baseSegments: e.effortBaseWords === null ? 0 : 1,
            baseWords: e.effortBaseWords ?? 0,
            edits: e.effortEdits ?? 0,
          }),
        NO_SUMS,
      );
      const perSegment = measured
        .flatMap(({ t, e }) =>
          e.effortHter === null ? [] : [{ position: t.segment.position, hter: e.effortHter, words: e.effortWords }],
        )
        .sort((a, b) => a.position - b.position);
      return {
        lang,
        ...readinessFigures(rows.map((t) => ({ ...t, lastAction: t.revisions[0]?.action }))),
        sourceUpdatedSince: sourceUpdatedSince(
          publications.find((p) => p.lang === lang),
          lastSource?.createdAt,
        ),
        overrides: overrides.filter((o) => o.lang === lang),
        publications: publications
          .filter((p) => p.lang === lang)
          .map((p) => ({
            version: p.version,
            publishedAt: p.publishedAt.toISOString(),
            publishedBy: p.publishedById ? (names.get(p.publishedById) ?? null) : null,
          })),
        effort: { totals: cellOf(totals), perSegment },
      };
    }),
  };
}

function readinessFigures(rows: ReadinessRow[]) {
  const { total, approved, openErrors, sourceChanged, ready } = publishReadiness(rows);
  return { total, approved, openErrors, sourceChanged, ready };
}

/** The latest publication's version when a new source version came after it. */
function sourceUpdatedSince(latest: { version: number; publishedAt: Date } | undefined, sourceAt: Date | undefined) {
  return latest && sourceAt && sourceAt > latest.publishedAt ? latest.version : null;
}
