import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleListItem } from "@/lib/articles/server/find-articles";
import { isFullyApproved, type LanguageProgress } from "@/lib/review/workflow";
import { TARGET_LANGS } from "@/lib/vocabulary";

/** `query`: the search that was run, so an empty result says "no match" rather than "no articles yet". */
export async function ArticleTable({ items, query }: { items: ArticleListItem[]; query?: string }) {
  const [t, format] = await Promise.all([getTranslations("list"), getFormatter()]);
  if (!items.length)
    return (
      <p className="empty" role="status">
        {query?.trim() ? t("noMatch", { query: query.trim() }) : t("empty")}
      </p>
    );
  return (
    // On a phone the table scrolls inside its box; the page itself never scrolls sideways.
    <div className="table-scroll">
      <table className="table articles">
        <thead>
          <tr>
            <th scope="col">{t("article")}</th>
            {TARGET_LANGS.map((lang) => (
              <th scope="col" key={lang}>
                {t(`lang.${lang}`)}
              </th>
            ))}
            <th scope="col">{t("updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/articles/${a.id}`} className="article-title" lang="vi">
                  {a.title}
                </Link>
                <span className="muted small">{t("segments", { count: a.segments })}</span>
              </td>
              {TARGET_LANGS.map((lang) => (
                <td key={lang}>
                  <Progress
                    p={a.progress[lang]}
                    labels={{
                      approved: t("approved"),
                      translated: t("translated"),
                      summary: t("progress", {
                        approved: a.progress[lang].approved,
                        translated: a.progress[lang].translated,
                        total: a.progress[lang].total,
                      }),
                      done: t("fullyApproved"),
                    }}
                    errors={a.issues[lang].errors ? t("errors", { count: a.issues[lang].errors }) : null}
                  />
                </td>
              ))}
              <td className="nowrap">{format.relativeTime(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Progress({
  p,
  labels,
  errors,
}: {
  p: LanguageProgress;
  labels: Record<"approved" | "translated" | "summary" | "done", string>;
  errors: string | null;
}) {
  const pct = (n: number) => (p.total ? (100 * n) / p.total : 0);
  return (
    <div className="progress-cell">
      <div className="progress" role="img" aria-label={labels.summary}>
        <span className="bar approved" style={{ width: `${pct(p.approved)}%` }} />
        <span className="bar translated" style={{ width: `${pct(p.translated - p.approved)}%` }} />
      </div>
      <span className="small">{labels.summary}</span>
      {isFullyApproved(p) ? <span className="badge state-approved">{labels.done}</span> : null}
      {errors ? <span className="badge issue-error">{errors}</span> : null}
    </div>
  );
}
