import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleListItem } from "@/lib/articles/server/find-articles";
import { isFullyApproved, type LanguageProgress } from "@/lib/review/workflow";
import { isOverdue } from "@/lib/assignments/deadline";
import { TARGET_LANGS } from "@/lib/vocabulary";

/**
 * `query`: the search that was run, and `filtered`: a state filter is on, so an empty result says "no
 * match" rather than "no articles yet".
 */
export async function ArticleTable({
  items,
  query,
  filtered = false,
  present,
}: {
  items: ArticleListItem[];
  query?: string;
  filtered?: boolean;
  /** Who has each article open now (lib/live/server/people-in-articles.ts). */
  present?: Map<string, string[]>;
}) {
  const [t, format] = await Promise.all([getTranslations("list"), getFormatter()]);
  if (!items.length)
    return (
      <p className="empty" role="status">
        {query?.trim() ? t("noMatch", { query: query.trim() }) : filtered ? t("noFilterMatch") : t("empty")}
      </p>
    );
  const now = new Date();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const assignees = (a: ArticleListItem["assignments"]["de"]) =>
    a ? (
      <span className="assignees small">
        {a.translator ? <span>{t("assignedTranslator", { name: a.translator })}</span> : null}
        {a.reviewer ? <span>{t("assignedReviewer", { name: a.reviewer })}</span> : null}
        {a.dueAt ? (
          isOverdue(a.dueAt, now) ? (
            <span className="badge issue-error">{t("overdue", { date: day(a.dueAt) })}</span>
          ) : (
            <span className="muted">{t("due", { date: day(a.dueAt) })}</span>
          )
        ) : null}
      </span>
    ) : null;
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
                {present?.get(a.id)?.length ? (
                  <span className="small now-in" data-testid="now-in">
                    {t("live.nowIn", { names: present.get(a.id)!.join(", ") })}
                  </span>
                ) : null}
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
                    review={
                      a.progress[lang].needsReview ? t("needsReview", { count: a.progress[lang].needsReview }) : null
                    }
                  />
                  {assignees(a.assignments[lang])}
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
  review,
}: {
  p: LanguageProgress;
  labels: Record<"approved" | "translated" | "summary" | "done", string>;
  errors: string | null;
  review: string | null;
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
      {review ? <span className="badge state-translated">{review}</span> : null}
      {errors ? <span className="badge issue-error">{errors}</span> : null}
    </div>
  );
}
