import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "@/lib/auth/server/session-actions";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { NavLink } from "@/components/layout/nav-link";
import { SessionGuard } from "@/components/auth/session-guard";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [t, tm, ta] = await Promise.all([
    getTranslations("common"),
    getTranslations("mt.nav"),
    getTranslations("admin.nav"),
  ]);
  // Administration gets its own row: the newsroom's daily links stay few and in one place.
  const admin = [
    can(user.role, "glossary.manage") && ["/admin/glossary", tm("glossary")],
    can(user.role, "glossary.manage") && ["/admin/memory", tm("memory")],
    can(user.role, "settings.manage") && ["/admin/settings", tm("settings")],
    can(user.role, "audit.read") && ["/admin/usage", tm("usage")],
    can(user.role, "token.manage") && ["/admin/tokens", ta("tokens")],
    can(user.role, "audit.read") && ["/admin/audit", ta("audit")],
    can(user.role, "user.manage") && ["/admin/users", ta("users")],
  ].filter((x): x is [string, string] => Array.isArray(x));
  return (
    <div className="workbench">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          Duyệt
        </Link>
        <nav aria-label={t("mainNav")} className="main-nav">
          <NavLink href="/" exact>
            {t("nav.work")}
          </NavLink>
          <NavLink href="/articles" exact>
            {t("nav.articles")}
          </NavLink>
          {can(user.role, "article.import") ? <NavLink href="/articles/import">{t("nav.import")}</NavLink> : null}
          <NavLink href="/effort">{t("nav.effort")}</NavLink>
        </nav>
        <div className="user-menu">
          <span className="user-name">
            {user.name} <span className="role-tag">{t(`roles.${user.role}`)}</span>
          </span>
          <Link href="/account/password" className="button ghost">
            {ta("account")}
          </Link>
          <LanguageSwitcher signedIn />
          <form action={signOutAction}>
            <button type="submit" className="button ghost">
              {t("signOut")}
            </button>
          </form>
        </div>
      </header>
      {admin.length ? (
        <nav aria-label={t("adminNav")} className="subnav">
          <span className="subnav-label">{t("adminNav")}</span>
          {admin.map(([href, label]) => (
            <NavLink key={href} href={href}>
              {label}
            </NavLink>
          ))}
        </nav>
      ) : null}
      <main id="main" className="page">
        {/* An ended session is signed in again in place, over the page (nothing typed is lost). */}
        <SessionGuard email={user.email}>{children}</SessionGuard>
      </main>
    </div>
  );
}
