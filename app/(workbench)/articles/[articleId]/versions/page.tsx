import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/server/current-actor";
import { isAppError } from "@/lib/errors";
import { loadSourceVersions } from "@/lib/articles/server/load-source-versions";
import { DiffView } from "@/components/ui/diff-view";
import { VersionPairSelect } from "@/components/ui/version-pair-select";
import { SourceVersionList } from "@/components/articles/source-version-list";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string>> };
const pick = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.versions"))("title") };
}

/** The versions of an article's Vietnamese source, a diff between any two, and what each version removed. */
export default async function SourceVersionsPage({ params, searchParams }: Props) {
  const [{ articleId }, t] = await Promise.all([params, getTranslations("editor.versions"), requireUser()]);
  const view = await loadSourceVersions(articleId, pick.parse(await searchParams)).catch((e: unknown) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  const { article, versions, compare } = view;
  return (
    <>
      <div className="page-head">
        <div>
          <p className="small">
            <Link href={`/articles/${article.id}`}>← {t("back")}</Link>
          </p>
          <h1>{t("title")}</h1>
          <p className="muted">{t("intro", { title: article.title })}</p>
        </div>
      </div>
      {compare ? (
        <section className="card stack" aria-labelledby="compare-sources">
          <h2 id="compare-sources">{t("show")}</h2>
          <form className="version-compare">
            <VersionPairSelect
              versions={versions.map((v) => v.number)}
              from={compare.from}
              to={compare.to}
              labels={{ from: t("from"), to: t("to") }}
              optionLabel={(number) => t("label", { number })}
            />
            <button type="submit" className="button">
              {t("show")}
            </button>
          </form>
          <div className="version-diff-text" data-testid="source-diff">
            {compare.same ? <p className="muted">{t("same")}</p> : <DiffView parts={compare.parts} lang="vi" />}
          </div>
        </section>
      ) : (
        <p className="notice">{t("none")}</p>
      )}
      <SourceVersionList versions={versions} />
    </>
  );
}
