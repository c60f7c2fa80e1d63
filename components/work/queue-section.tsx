import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { isOverdue } from "@/lib/assignments/deadline";
import type { QueueItem, Section } from "@/lib/queue/sections";

/** Where "more" leads: the list filtered to the same state. */
const MORE: Record<Section, string> = {
  translate: "/articles?state=inTranslation",
  review: "/articles?state=needsReview",
  returned: "/articles?state=needsReview",
  publish: "/articles?state=approved",
};

export async function QueueSection({ section, items }: { section: Section; items: QueueItem[] }) {
  const [t, format] = await Promise.all([getTranslations("work"), getFormatter()]);
  const now = new Date();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const id = `queue-${section}`;
  return (
    <section className="card queue" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {t(`sections.${section}`)} <span className="count">{items.length}</span>
      </h2>
      <p className="muted small">{t(`hints.${section}`)}</p>
      {items.length ? (
        <ol className="queue-list">
          {items.map((item) => {
            const late = isOverdue(item.dueAt, now);
            return (
              <li key={`${item.articleId}:${item.lang}`} className={late ? "overdue" : undefined}>
                <Link href={`/articles/${item.articleId}`} className="article-title" lang="vi">
                  {item.title}
                </Link>
                <span className="queue-meta small">
                  <span className="badge muted-badge">{t(`lang.${item.lang}`)}</span>
                  <span>{t(`count.${section}`, { count: item.count })}</span>
                  {section === "translate" && item.extra ? (
                    <span className="badge state-rejected">{t("rejected", { count: item.extra })}</span>
                  ) : null}
                  {section === "publish" && item.extra ? (
                    <span className="badge issue-warning">{t("overrides", { count: item.extra })}</span>
                  ) : null}
                  {item.assignedToMe ? <span className="badge state-translated">{t("assignedToMe")}</span> : null}
                  {item.dueAt ? (
                    <span className={late ? "badge issue-error" : "muted"}>
                      {t(late ? "overdue" : "due", { date: day(item.dueAt) })}
                    </span>
                  ) : null}
                  {item.since ? <span className="muted">{t("waitingSince", { date: day(item.since) })}</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="empty">{t(`empty.${section}`)}</p>
      )}
      <Link href={MORE[section]} className="small">
        {t("more")}
      </Link>
    </section>
  );
}
