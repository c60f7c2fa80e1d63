"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/vocabulary";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/accounts";
import { createUser } from "@/lib/users/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { ShownOncePanel } from "@/components/ui/shown-once";
import { SecretField } from "./secret-field";

const EMPTY = { email: "", name: "", role: "translator" as Role, locale: "en" as Locale, password: "" };

/** New user; a generated password is shown once, until the admin dismisses it. */
export function UserCreateForm() {
  const t = useTranslations("admin.users");
  const tc = useTranslations("common.roles");
  const router = useRouter();
  const [value, setValue] = useState(EMPTY);
  const [created, setCreated] = useState<{ email: string; password: string | null } | null>(null);
  const { run, pending, failure } = useAction(createUser, {
    onSuccess: (r) => {
      setCreated({ email: r.email, password: r.generatedPassword });
      setValue(EMPTY);
      router.refresh();
    },
  });
  const set = (patch: Partial<typeof EMPTY>) => setValue((v) => ({ ...v, ...patch }));

  if (created) {
    return (
      <ShownOncePanel
        testId="user-created"
        title={t("createdTitle", { email: created.email })}
        warning={created.password ? t("passwordOnce") : null}
        doneLabel={t("done")}
        onDone={() => setCreated(null)}
      >
        {created.password ? (
          <SecretField label={t("generatedPassword")} value={created.password} name="generated-password" />
        ) : null}
      </ShownOncePanel>
    );
  }

  return (
    <form
      className="stack import-form"
      aria-label={t("createTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        run(value);
      }}
    >
      <h2>{t("createTitle")}</h2>
      <div className="form-grid">
        <label className="field">
          <span>{t("email")}</span>
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            value={value.email}
            onChange={(e) => set({ email: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t("name")}</span>
          <input
            name="name"
            required
            maxLength={120}
            value={value.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t("role")}</span>
          <select name="role" value={value.role} onChange={(e) => set({ role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tc(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("locale")}</span>
          <select name="locale" value={value.locale} onChange={(e) => set({ locale: e.target.value as Locale })}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locales.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("password")}</span>
          <input
            name="password"
            type="text"
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            value={value.password}
            onChange={(e) => set({ password: e.target.value })}
            aria-describedby="user-password-hint"
          />
          <span id="user-password-hint" className="muted small">
            {t("passwordHint")}
          </span>
        </label>
      </div>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending}>
          {t("create")}
        </button>
      </div>
    </form>
  );
}
