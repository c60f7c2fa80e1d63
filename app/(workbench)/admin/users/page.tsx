import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { listUsersInput } from "@/lib/users/accounts";
import { listUsers } from "@/lib/users/server/list-users";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { UserTable } from "@/components/admin/user-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const admin = await requirePermission("user.manage"); // others get "not found"
  const parsed = listUsersInput.safeParse({ page: Number((await searchParams).page ?? 1) });
  const [t, list] = await Promise.all([
    getTranslations("admin.users"),
    listUsers(parsed.success ? parsed.data : { page: 1 }),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <div className="stack">
        <UserCreateForm />
        <p className="muted small">{t("count", { total: list.total })}</p>
        <UserTable users={list.users} selfId={admin.id} />
        {list.pages > 1 ? (
          <nav className="pager" aria-label={t("pageOf", { page: list.page, pages: list.pages })}>
            {list.page > 1 ? <Link href={`?page=${list.page - 1}`}>{t("previous")}</Link> : <span />}
            <span className="muted small">{t("pageOf", { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? <Link href={`?page=${list.page + 1}`}>{t("next")}</Link> : <span />}
          </nav>
        ) : null}
      </div>
    </>
  );
}
