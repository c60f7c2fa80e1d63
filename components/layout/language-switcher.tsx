"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { changeLocale } from "@/lib/users/server/session-actions";
import { LOCALES } from "@/lib/i18n/config";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";

const NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", de: "Deutsch", vi: "Tiếng Việt" };

export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const { run, pending, failure } = useAction(changeLocale, { onSuccess: () => router.refresh() });
  return (
    <label className={signedIn ? "language-switcher compact" : "language-switcher"}>
      <span>{t("language")}</span>
      <select value={locale} disabled={pending} onChange={(e) => run(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
    </label>
  );
}
