import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { ImportForm } from "@/components/articles/import-form";
import { findArticleTitle } from "@/lib/articles/server/find-article-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importer"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new article, or with `?article=<id>` (the editor's "New source version") a new version of that one's source. */
export default async function ImportPage({ searchParams }: Props) {
  const [t, user, query] = await Promise.all([getTranslations("importer"), requireUser(), searchParams]);
  const id = typeof query.article === "string" ? query.article : null;
  const article = id ? await findArticleTitle(id) : null;
  if (id && !article) notFound();
  return (
    <>
      <div className="page-head">
        <div>
          {article ? (
            <p className="small">
              <Link href={`/articles/${article.id}`}>← {article.title}</Link>
            </p>
          ) : null}
          <h1>{article ? t("update.title") : t("title")}</h1>
        </div>
      </div>
      <p className="muted lead-text">{article ? t("update.intro", { title: article.title }) : t("intro")}</p>
      <ImportForm canTranslate={can(user.role, "translation.machine")} updateOf={article?.id} />
    </>
  );
}
