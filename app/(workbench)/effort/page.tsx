import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/server/current-actor";
import { decodeCursor } from "@/lib/articles/cursor";
import { DEFAULT_EFFORT_PERIOD, EFFORT_PERIODS } from "@/lib/review/effort-report";
import { loadEffortReport } from "@/lib/review/server/load-effort-report";
import { EffortOverTime } from "@/components/publish/effort-over-time";
import { EffortCellView } from "@/components/publish/effort-cell";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { TARGET_LANGS } from "@/lib/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("effort"))("title") };
}

const params = z.object({
  period: z.enum(EFFORT_PERIODS).catch(DEFAULT_EFFORT_PERIOD),
  after: z.string().max(120).optional().catch(undefined),
  before: z.string().max(120).optional().catch(undefined),
});

export default async function EffortPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUser();
  const { period, after, before } = params.parse(await searchParams);
  const cursor = decodeCursor(before, "before") ?? decodeCursor(after, "after");
  const [t, tl, format, report] = await Promise.all([
    getTranslations("effort"),
    getTranslations("list"),
    getFormatter(),
    loadEffortReport({ period, cursor }),
  ]);
  const labels = {
    noBaseline: t("noBaseline"),
    details: (words: number, seconds: number) =>
      t("details", { words: format.number(words), minutes: format.number(Math.round(seconds / 60)) }),
  };
  const page = (key: "after" | "before", value: string | null) =>
    value ? `?${new URLSearchParams({ period, [key]: value })}` : null;
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <nav className="filters" aria-label={t("period")}>
        {EFFORT_PERIODS.map((p) => (
          <Link key={p} className="chip" href={`?period=${p}`} aria-current={p === period ? "page" : undefined}>
            {t(`periods.${p}`)}
          </Link>
        ))}
      </nav>
      {report.pending ? (
        <p className="muted small" role="status">
          {t("pending", { count: report.pending })}
        </p>
      ) : null}
      <section className="effort-totals" aria-label={t("totals")}>
        {TARGET_LANGS.map((lang) => (
          <div key={lang} className="card" data-testid={`effort-total-${lang}`}>
            <h2>{tl(`lang.${lang}`)}</h2>
            <p>
              <EffortCellView cell={report.totals[lang]} labels={labels} />
            </p>
          </div>
        ))}
      </section>
      <EffortOverTime weeks={report.weeks} labels={{ de: tl("lang.de"), en: tl("lang.en"), title: t("overTime") }} />
      {report.articles.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{tl("article")}</th>
              <th scope="col">{tl("lang.de")}</th>
              <th scope="col">{tl("lang.en")}</th>
            </tr>
          </thead>
          <tbody>
            {report.articles.map((a) => (
              <tr key={a.articleId}>
                <td>
                  <Link href={`/articles/${a.articleId}/publish`} lang="vi">
                    {a.title}
                  </Link>
                </td>
                <td>
                  <EffortCellView cell={a.de} labels={labels} />
                </td>
                <td>
                  <EffortCellView cell={a.en} labels={labels} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <KeysetPager
        newer={page("before", report.newer)}
        older={page("after", report.older)}
        labels={{ nav: tl("pagination"), newer: tl("newer"), older: tl("older") }}
      />
    </>
  );
}
