import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/server/list-audit-events";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable } from "@/components/admin/audit-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission("audit.read"); // non-admins get "not found", whatever links they see
  const timeZone = await getTimeZone();
  const filters = parseAuditFilters(await searchParams, timeZone); // whole days in the zone the times are shown in
  const [t, result] = await Promise.all([getTranslations("admin.audit"), listAuditEvents(filters)]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro", { timeZone })}</p>
      <div className="stack">
        <AuditFilterForm filters={filters} users={result.users} />
        <p className="muted small" role="status">
          {result.total.capped
            ? t("countCapped", { total: result.total.count })
            : t("count", { total: result.total.count })}
        </p>
        <AuditTable result={result} filters={filters} />
      </div>
    </>
  );
}
