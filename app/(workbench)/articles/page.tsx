import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findArticles } from "@/lib/articles/server/find-articles";
import { requireUser } from "@/lib/auth/server/current-actor";
import { listParams } from "@/lib/articles/list-params";
import { ArticleTable } from "@/components/articles/article-table";
import { ListFilters } from "@/components/articles/list-filters";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { peopleInArticles } from "@/lib/live/server/people-in-articles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("list"))("title") };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUser(); // layouts are not re-run on client navigation: every page checks the session itself
  const params = listParams.parse(await searchParams);
  const { q, state, lang, sort, after, before } = params;
  const [t, result] = await Promise.all([
    getTranslations("list"),
    findArticles({ query: q, state, lang, sort, after, before }),
  ]);
  // The pager keeps the filters and the sort: a page's URL shows the same rows to whoever opens it.
  const href = (dir: "after" | "before", cursor: string | null) => {
    if (!cursor) return null;
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries({ q, state, lang, sort })) if (v) query.set(k, v);
    query.set(dir, cursor);
    return `?${query.toString()}`;
  };
  const { count, capped } = result.total;
  const present = await peopleInArticles(result.items.map((a) => a.id));
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
      <ArticleTable items={result.items} query={q} filtered={Boolean(state)} present={present} />
      <KeysetPager
        newer={href("before", result.prev)}
        older={href("after", result.next)}
        labels={{ nav: t("pagination"), newer: t("previous"), older: t("next") }}
        status={
          count > 0 ? (
            <span data-testid="list-total">{capped ? t("totalCapped", { count }) : t("total", { count })}</span>
          ) : null
        }
      />
    </>
  );
}
