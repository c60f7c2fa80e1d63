import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findArticles } from "@/lib/articles/server/find-articles";
import { requireUser } from "@/lib/auth/server/current-actor";
import { listParams } from "@/lib/articles/list-params";
import { ArticleTable } from "@/components/articles/article-table";
import { ListFilters } from "@/components/articles/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("list"))("title") };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUser(); // layouts are not re-run on client navigation: every page checks the session itself
  const params = listParams.parse(await searchParams);
  const { q, page, state, lang, sort } = params;
  const [t, result] = await Promise.all([getTranslations("list"), findArticles({ query: q, page, state, lang, sort })]);
  const keep = { q, state, lang, sort }; // the pager keeps the filters
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
          {state ? <input type="hidden" name="state" value={state} /> : null}
          {lang ? <input type="hidden" name="lang" value={lang} /> : null}
          <input type="hidden" name="sort" value={sort} />
          <button type="submit" className="button">
            {t("searchButton")}
          </button>
        </form>
      </div>
      <ListFilters params={params} />
      <ArticleTable items={result.items} query={q} filtered={Boolean(state)} />
      {pages > 1 ? (
        <nav className="pager" aria-label={t("pagination")}>
          {page > 1 ? <Link href={{ query: { ...keep, page: page - 1 } }}>{t("previous")}</Link> : <span />}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={{ query: { ...keep, page: page + 1 } }}>{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
