import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { loadEffortReport } from "@/lib/review/server/load-effort-report";
import { EffortOverTime } from "@/components/publish/effort-over-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("effort"))("title") };
}

export default async function EffortPage() {
  await requireUser();
  const [t, tl, report] = await Promise.all([getTranslations("effort"), getTranslations("list"), loadEffortReport()]);
  const cell = (e: { hter: number; words: number; seconds: number; segments: number }) =>
    e.segments ? <>{e.hter.toFixed(3)} <span className="muted small">({t("words", { count: e.words })}, {t("minutes", { count: Math.round(e.seconds / 60) })})</span></> : <span className="muted">—</span>;
  return (
    <>
      <div className="page-head"><h1>{t("title")}</h1></div>
      <p className="muted lead-text">{t("intro")}</p>
      <EffortOverTime weeks={report.weeks} labels={{ de: tl("lang.de"), en: tl("lang.en"), title: t("overTime") }} />
      <table className="table">
        <thead><tr><th scope="col">{tl("article")}</th><th scope="col">{tl("lang.de")}</th><th scope="col">{tl("lang.en")}</th></tr></thead>
        <tbody>
          {report.articles.map((a) => (
            <tr key={a.articleId}>
              <td><Link href={`/articles/${a.articleId}/publish`} lang="vi">{a.title}</Link></td>
              <td>{cell(a.de)}</td>
              <td>{cell(a.en)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
