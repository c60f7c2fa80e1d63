import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTION_CHOICES, type AuditFilters } from "@/lib/audit/filters";

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilterForm({
  filters,
  users,
}: {
  filters: AuditFilters;
  users: { id: string; name: string }[];
}) {
  const t = await getTranslations("admin.audit");
  const label = (choice: string) => {
    const key = choice.includes(".") ? `actions.${choice}` : `groups.${choice}`;
    return t.has(key as never) ? t(key as never) : choice;
  };
  return (
    <form method="get" action="/admin/audit" className="editor-toolbar" aria-label={t("apply")}>
      <label className="field">
        <span>{t("action")}</span>
        <select name="action" defaultValue={filters.action ?? ""}>
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTION_CHOICES.map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
          {filters.action && !(AUDIT_ACTION_CHOICES as readonly string[]).includes(filters.action) ? (
            <option value={filters.action}>{filters.action}</option>
          ) : null}
        </select>
      </label>
      <label className="field">
        <span>{t("user")}</span>
        <select name="user" defaultValue={filters.user ?? ""}>
          <option value="">{t("anyUser")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("article")}</span>
        <input name="article" defaultValue={filters.article ?? ""} maxLength={100} size={24} />
      </label>
      <label className="field">
        <span>{t("from")}</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label className="field">
        <span>{t("to")}</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <div className="actions">
        <button type="submit" className="button primary">
          {t("apply")}
        </button>
        <Link href="/admin/audit" className="button ghost">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
