"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/accounts";
import { changeOwnPassword } from "@/lib/users/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";

const EMPTY = { currentPassword: "", newPassword: "", repeat: "" };
const FIELDS = [
  ["currentPassword", "current", "current-password"],
  ["newPassword", "new", "new-password"],
  ["repeat", "repeat", "new-password"],
] as const;

/** Current password + the new one twice; the fields are cleared after a success. */
export function PasswordForm() {
  const t = useTranslations("admin.account");
  const [value, setValue] = useState(EMPTY);
  const { run, pending, failure, done, data } = useAction(changeOwnPassword, { onSuccess: () => setValue(EMPTY) });

  return (
    <form
      className="stack import-form"
      onSubmit={(e) => {
        e.preventDefault();
        run(value);
      }}
    >
      {FIELDS.map(([key, label, autoComplete]) => (
        <label key={key} className="field">
          <span>{t(label)}</span>
          <input
            name={key}
            type="password"
            required
            autoComplete={autoComplete}
            minLength={key === "currentPassword" ? 1 : PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            value={value[key]}
            onChange={(e) => setValue((v) => ({ ...v, [key]: e.target.value }))}
          />
        </label>
      ))}
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      {done ? (
        <p role="status" className="small">
          {t("done", { count: data?.sessionsEnded ?? 0 })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
