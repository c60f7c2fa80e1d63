"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * MT without a DeepL key: a quiet disabled button and who can help. Admins get the way to the settings;
 * nobody is told about environment variables (that is the deployment's business, not the newsroom's).
 */
export function MtNotSetUp({ canConfigure }: { canConfigure: boolean }) {
  const t = useTranslations("mt.run");
  return (
    <div className="mt-run" data-testid="mt-run">
      <button type="button" className="button" disabled aria-describedby="mt-not-set-up">
        {t("button")}
      </button>
      <span id="mt-not-set-up" className="muted small">
        {canConfigure ? <Link href="/admin/settings">{t("setUp")}</Link> : t("notSetUp")}
      </span>
    </div>
  );
}
