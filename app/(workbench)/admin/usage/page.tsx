import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { loadMtCosts } from "@/lib/translation/server/load-mt-costs";
import { ErrorMessage } from "@/components/ui/error-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mt.usage"))("title") };
}

export default async function UsagePage() {
  await requirePermission("audit.read");
  const [t, format, costs] = await Promise.all([getTranslations("mt.usage"), getFormatter(), loadMtCosts()]);
  const n = (x: number) => format.number(x);
  return (
    <>
      <div className="page-head"><h1>{t("title")}</h1></div>
      <section className="stack" aria-label={t("account")}>
        <h2>{t("account")}</h2>
        {costs.usage.ok ? (
          <p data-testid="deepl-usage">{costs.usage.data.characterLimit !== null
            ? t("used", { count: n(costs.usage.data.characterCount), limit: n(costs.usage.data.characterLimit) })
            : t("usedNoLimit", { count: n(costs.usage.data.characterCount) })}</p>
        ) : <ErrorMessage code={costs.usage.code} />}
      </section>
      <section className="stack" aria-label={t("characters")}>
        <h2>{t("characters")}</h2>
        {costs.articles.length === 0 ? <p className="empty">{t("none")}</p> : (
          <table className="table">
            <thead><tr><th scope="col">{t("article")}</th><th scope="col">{t("de")}</th><th scope="col">{t("en")}</th></tr></thead>
            <tbody>
              {costs.articles.map((a) => (
                <tr key={a.articleId}>
                  <td><Link href={`/articles/${a.articleId}`} lang="vi">{a.title}</Link></td>
                  <td>{n(a.de)}</td><td>{n(a.en)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot><tr><th scope="row">{t("total")}</th><td>{n(costs.totals.de)}</td><td>{n(costs.totals.en)}</td></tr></tfoot>
          </table>
        )}
      </section>
    </>
  );
}
