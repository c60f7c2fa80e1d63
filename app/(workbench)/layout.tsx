import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "@/app/(auth)/sign-in/actions";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [t, tm, ta] = await Promise.all([getTranslations("common"), getTranslations("mt.nav"), getTranslations("admin.nav")]);
  return (
    <div className="workbench">
      <a href="#main" className="skip-link">{t("skipToContent")}</a>
      <header className="topbar">
        <Link href="/articles" className="brand">Duyệt</Link>
        <nav aria-label={t("mainNav")}>
          <Link href="/articles">{t("nav.articles")}</Link>
          {can(user.role, "article.import") ? <Link href="/articles/import">{t("nav.import")}</Link> : null}
          <Link href="/effort">{t("nav.effort")}</Link>
          {can(user.role, "glossary.manage") ? <Link href="/admin/glossary">{tm("glossary")}</Link> : null}
          {can(user.role, "glossary.manage") ? <Link href="/admin/memory">{tm("memory")}</Link> : null}
          {can(user.role, "settings.manage") ? <Link href="/admin/settings">{tm("settings")}</Link> : null}
          {can(user.role, "audit.read") ? <Link href="/admin/usage">{tm("usage")}</Link> : null}
          {can(user.role, "token.manage") ? <Link href="/admin/tokens">{ta("tokens")}</Link> : null}
          {can(user.role, "audit.read") ? <Link href="/admin/audit">{ta("audit")}</Link> : null}
        </nav>
        <div className="user-menu">
          <span className="user-name">{user.name} <span className="role-tag">{t(`roles.${user.role}`)}</span></span>
          <LanguageSwitcher signedIn />
          <form action={signOutAction}>
            <button type="submit" className="button ghost">{t("signOut")}</button>
          </form>
        </div>
      </header>
      <main id="main" className="page">{children}</main>
    </div>
  );
}
