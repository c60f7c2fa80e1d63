import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { auditHref, type AuditFilters } from "@/lib/audit/filters";
import type { AuditEventRow, AuditPage } from "@/lib/audit/server/list-audit-events";
import { KeysetPager } from "@/components/ui/keyset-pager";

type T = Awaited<ReturnType<typeof getTranslations<"admin.audit">>>;

/** The events of one page, newest first, with human-readable action names and the details that matter. */
export async function AuditTable({ result, filters }: { result: AuditPage; filters: AuditFilters }) {
  const [t, format] = await Promise.all([getTranslations("admin.audit"), getFormatter()]);
  if (result.events.length === 0) return <p className="empty">{t("empty")}</p>;
  return (
    <>
      <table className="table audit">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("articleColumn")}</th>
            <th scope="col">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {result.events.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td className="small nowrap">
                <time dateTime={e.createdAt}>
                  {format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </td>
              <td>{e.actor ?? <span className="muted">{t("system")}</span>}</td>
              <td>
                {actionName(t, e.action)}
                <br />
                <code className="muted small">{e.action}</code>
              </td>
              <td className="small">
                {e.articleId ? (
                  <>
                    <Link href={`/articles/${encodeURIComponent(e.articleId)}`}>{e.articleTitle ?? e.articleId}</Link>
                    <br />
                    <Link className="muted" href={auditHref({ ...filters, article: e.articleId })}>
                      {t("filterArticle")}
                    </Link>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="small">{details(t, e).join(" · ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <KeysetPager
        newer={result.prev ? auditHref(filters, { before: result.prev }) : null}
        older={result.next ? auditHref(filters, { after: result.next }) : null}
        labels={{ nav: t("pages"), newer: t("previous"), older: t("next") }}
      />
    </>
  );
}

function actionName(t: T, action: string): string {
  const key = `actions.${action}`;
  return t.has(key as never) ? t(key as never) : action; // an action added later still shows, as its code
}

const text = (v: unknown): string | null => (typeof v === "string" || typeof v === "number" ? String(v) : null);

/** The few data fields a reader needs; the full JSON stays in the database. */
function details(t: T, e: AuditEventRow): string[] {
  const d = e.data;
  const out: string[] = [];
  if (text(d.lang)) out.push(t("lang", { lang: text(d.lang)! }));
  if (text(d.from) && text(d.to)) out.push(t("states", { from: text(d.from)!, to: text(d.to)! }));
  if (text(d.format)) out.push(t("format", { format: text(d.format)! }));
  if (text(d.version)) out.push(t("version", { version: text(d.version)! }));
  if (Array.isArray(d.overridden) && d.overridden.length) out.push(t("overridden", { codes: d.overridden.join(", ") }));
  if (text(d.reason)) out.push(t("reason", { reason: text(d.reason)! }));
  if (text(d.address)) out.push(t("address", { address: text(d.address)! }));
  if (text(d.token)) out.push(t("via", { token: text(d.token)! }));
  else if (text(d.name) && e.entityType === "apiToken") out.push(String(d.name));
  return out;
}
