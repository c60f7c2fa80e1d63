import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { loadPublishOverview } from "@/lib/publishing/server/load-publish-overview";
import { comparePublishedVersions } from "@/lib/export/server/compare-published-versions";
import { PublishButton } from "@/components/publish/publish-button";
import { XliffImportForm } from "@/components/publish/xliff-import-form";
import { EffortChart } from "@/components/publish/effort-chart";
import { CompareVersions } from "@/components/publish/compare-versions";
import { PublicationHistory } from "@/components/publish/publication-history";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { OverrideList } from "@/components/publish/override-list";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string>> };
const compare = z.object({
  lang: z.enum(TARGET_LANGS).catch("de"),
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publish"))("title") };
}

export default async function PublishPage({ params, searchParams }: Props) {
  const [{ articleId }, user, t, tl] = await Promise.all([
    params,
    requireUser(),
    getTranslations("publish"),
    getTranslations("list"),
  ]);
  const overview = await loadPublishOverview(articleId).catch((e: unknown) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  const query = compare.parse(await searchParams);
  const comparison = await comparePublishedVersions(articleId, overview.languages, query);
  return (
    <>
      <div className="page-head">
        <div>
          <p className="small">
            <Link href={`/articles/${articleId}`}>← {t("backToEditor")}</Link>
          </p>
          <h1>{t("title")}</h1>
          <p className="muted" lang="vi">
            {overview.title}
          </p>
        </div>
      </div>
      <div className="publish-grid">
        {overview.languages.map((l) => {
          const ready = l.ready;
          return (
            <section key={l.lang} className="card" aria-labelledby={`lang-${l.lang}`}>
              <h2 id={`lang-${l.lang}`}>
                {tl(`lang.${l.lang}`)}{" "}
                <span className={`badge ${ready ? "state-approved" : "state-draft"}`}>
                  {ready ? t("ready") : t("notReady")}
                </span>
              </h2>
              <p data-testid={`publish-status-${l.lang}`}>
                {t("status", { approved: l.approved, total: l.total, errors: l.openErrors })}
                {l.overrides.length ? ` · ${t("overridesStatus", { count: l.overrides.length })}` : null}
              </p>
              {l.sourceUpdatedSince !== null || l.sourceChanged > 0 ? (
                <p className="notice" data-testid={`source-updated-${l.lang}`}>
                  {l.sourceUpdatedSince !== null ? t("sourceUpdated", { version: l.sourceUpdatedSince }) : null}{" "}
                  {l.sourceChanged > 0 ? t("sourceReview", { count: l.sourceChanged }) : null}
                </p>
              ) : null}
              <OverrideList overrides={l.overrides} lang={l.lang} />
              {can(user.role, "article.publish") ? (
                <PublishButton
                  articleId={articleId}
                  lang={l.lang}
                  label={tl(`lang.${l.lang}`)}
                  nextVersion={(l.publications[0]?.version ?? 0) + 1}
                  overrideIds={l.overrides.map((o) => o.id)}
                />
              ) : null}
              <PublicationHistory
                articleId={articleId}
                lang={l.lang}
                publications={l.publications}
                canExport={can(user.role, "article.export")}
              />
              <h3>{t("effort")}</h3>
              <p className="small">
                {l.effort.totals.hter === null
                  ? t("effortNoBaseline", {
                      words: l.effort.totals.words,
                      minutes: Math.round(l.effort.totals.seconds / 60),
                    })
                  : t("effortSummary", {
                      hter: l.effort.totals.hter.toFixed(3),
                      words: l.effort.totals.words,
                      minutes: Math.round(l.effort.totals.seconds / 60),
                    })}
              </p>
            </section>
          );
        })}
      </div>
      <EffortChart
        de={overview.languages[0]?.effort.perSegment ?? []}
        en={overview.languages[1]?.effort.perSegment ?? []}
        labels={{ de: tl("lang.de"), en: tl("lang.en"), segment: t("segment"), title: t("effortChart") }}
      />
      <CompareVersions languages={overview.languages} comparison={comparison} />
      {can(user.role, "translation.edit") ? (
        <section className="card">
          <h2>{t("xliffTitle")}</h2>
          <p className="muted small">{t("xliffHint")}</p>
          <XliffImportForm articleId={articleId} />
        </section>
      ) : null}
    </>
  );
}
