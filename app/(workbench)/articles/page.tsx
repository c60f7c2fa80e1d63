import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { findArticles } from "@/lib/articles/server/find-articles";
import { requireUser } from "@/lib/auth/server/current-actor";
import { ArticleTable } from "@/components/articles/article-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("list"))("title") };
}

const params = z.object({
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUser(); // layouts are not re-run on client navigation: every page checks the session itself
  const { q, page } = params.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations("list"), findArticles({ query: q, page })]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <form className="search" role="search">
          <label className="visually-hidden" htmlFor="q">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} placeholder={t("search")} />
          <button type="submit" className="button">
            {t("searchButton")}
          </button>
        </form>
      </div>
      <ArticleTable items={result.items} query={q} />
      {pages > 1 ? (
        <nav className="pager" aria-label={t("pagination")}>
          {page > 1 ? <Link href={{ query: { q, page: page - 1 } }}>{t("previous")}</Link> : <span />}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={{ query: { q, page: page + 1 } }}>{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
