import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TARGET_LANGS, type TargetLang } from "@/lib/articles/kinds";
import { effortTotals, hterDetail, type EffortTotals } from "@/lib/review/effort";

export type LanguageOverview = {
  lang: TargetLang; total: number; approved: number; openErrors: number;
  publications: { version: number; publishedAt: string; publishedBy: string | null }[];
  effort: { totals: EffortTotals; perSegment: { position: number; hter: number; words: number }[] };
};

/**
 * Everything the publish page shows, per language: readiness, publication history, and the
 * post-editing effort (HTER of machine/imported → current text, word-weighted, plus editing time).
 */
export async function loadPublishOverview(articleId: string): Promise<{ title: string; languages: LanguageOverview[] }> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true } });
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const [translations, publications, seconds] = await Promise.all([
    db.translation.findMany({ where: { articleId }, select: { id: true, lang: true, state: true, errorCount: true, text: true,
      machineText: true, segment: { select: { position: true } }, revisions: { orderBy: { version: "desc" }, take: 1, select: { action: true } } } }),
    db.publication.findMany({ where: { articleId }, orderBy: { version: "desc" }, select: { lang: true, version: true, publishedAt: true, publishedById: true } }),
    db.revision.groupBy({ by: ["translationId"], _sum: { editSeconds: true }, where: { translation: { articleId } } }),
  ]);
  const secondsOf = new Map(seconds.map((r) => [r.translationId, r._sum.editSeconds ?? 0]));
  const names = new Map((await db.user.findMany({ where: { id: { in: publications.map((p) => p.publishedById).filter((x): x is string => !!x) } },
    select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    title: article.title,
    languages: TARGET_LANGS.map((lang) => {
      const rows = translations.filter((t) => t.lang === lang);
      const measured = rows.filter((t) => t.machineText !== null && t.text.trim() !== "")
        .map((t) => ({ position: t.segment.position, ...hterDetail(t.machineText ?? "", t.text), seconds: secondsOf.get(t.id) ?? 0 }))
        .sort((a, b) => a.position - b.position);
      return {
        lang, total: rows.length, approved: rows.filter((t) => t.state === "approved").length,
        openErrors: rows.filter((t) => t.errorCount > 0 && t.revisions[0]?.action !== "override").length,
        publications: publications.filter((p) => p.lang === lang).map((p) => ({ version: p.version,
          publishedAt: p.publishedAt.toISOString(), publishedBy: p.publishedById ? names.get(p.publishedById) ?? null : null })),
        effort: { totals: effortTotals(measured), perSegment: measured.map(({ position, hter, words }) => ({ position, hter, words })) },
      };
    }),
  };
}
