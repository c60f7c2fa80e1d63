import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { decodeCursor } from "@/lib/articles/cursor";
import { loadMtCosts, type LangCost } from "@/lib/translation/server/load-mt-costs";
import { ErrorMessage } from "@/components/ui/error-message";
import { KeysetPager } from "@/components/ui/keyset-pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mt.usage"))("title") };
}

const params = z.object({
  after: z.string().max(120).optional().catch(undefined),
  before: z.string().max(120).optional().catch(undefined),
});

export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePermission("audit.read");
  const { after, before } = params.parse(await searchParams);
  const cursor = decodeCursor(before, "before") ?? decodeCursor(after, "after");
  const [t, tl, format, costs] = await Promise.all([
    getTranslations("mt.usage"),
    getTranslations("list"),
    getFormatter(),
    loadMtCosts(cursor),
  ]);
  const n = (x: number) => format.number(x);
  const cell = (c: LangCost) => (
    <>
      {n(c.characters)}
      {c.estimated ? <span className="muted small"> ({t("estimated", { count: n(c.estimated) })})</span> : null}
    </>
  );
  const estimated = costs.totals.de.estimated + costs.totals.en.estimated;
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <section className="stack" aria-label={t("account")}>
        <h2>{t("account")}</h2>
        {costs.usage.ok ? (
          <p data-testid="deepl-usage">
            {costs.usage.data.characterLimit !== null
              ? t("used", { count: n(costs.usage.data.characterCount), limit: n(costs.usage.data.characterLimit) })
              : t("usedNoLimit", { count: n(costs.usage.data.characterCount) })}
          </p>
        ) : (
          <ErrorMessage code={costs.usage.code} />
        )}
      </section>
      <section className="stack" aria-label={t("characters")}>
        <h2>{t("characters")}</h2>
        {estimated ? (
          <p className="muted small" data-testid="estimated-note">
            {t("estimatedNote", { count: n(estimated) })}
          </p>
        ) : null}
        {costs.articles.length === 0 ? (
          <p className="empty">{t("none")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("article")}</th>
                <th scope="col">{t("de")}</th>
                <th scope="col">{t("en")}</th>
              </tr>
            </thead>
            <tbody>
              {costs.articles.map((a) => (
                <tr key={a.articleId}>
                  <td>
                    <Link href={`/articles/${a.articleId}`} lang="vi">
                      {a.title}
                    </Link>
                  </td>
                  <td>{cell(a.de)}</td>
                  <td>{cell(a.en)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                <td>{cell(costs.totals.de)}</td>
                <td>{cell(costs.totals.en)}</td>
              </tr>
            </tfoot>
          </table>
        )}
        <KeysetPager
          newer={costs.newer ? `?before=${encodeURIComponent(costs.newer)}` : null}
          older={costs.older ? `?after=${encodeURIComponent(costs.older)}` : null}
          labels={{ nav: tl("pagination"), newer: tl("newer"), older: tl("older") }}
        />
      </section>
    </>
  );
}
