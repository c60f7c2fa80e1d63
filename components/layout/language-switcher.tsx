"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { changeLocale } from "@/lib/users/server/session-actions";
import { LOCALES } from "@/lib/i18n/config";

const NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", de: "Deutsch", vi: "Tiếng Việt" };

export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className={signedIn ? "language-switcher compact" : "language-switcher"}>
      <span>{t("language")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          start(async () => {
            await changeLocale(next);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
