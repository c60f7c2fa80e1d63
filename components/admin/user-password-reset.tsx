"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { UserRow } from "@/lib/users/server/list-users";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/accounts";
import { resetUserPassword } from "@/lib/users/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { SecretField } from "./secret-field";

/** The reset form for one user, opened from the table: a given password, or a generated one shown once. */
export function UserPasswordReset({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const t = useTranslations("admin.users");
  const [password, setPassword] = useState("");
  const { run, pending, failure, done, data } = useAction(resetUserPassword);

  return (
    <form
      className="panel stack"
      aria-label={t("resetTitle", { name: user.name })}
      onSubmit={(e) => {
        e.preventDefault();
        run({ userId: user.id, password });
      }}
    >
      <h3>{t("resetTitle", { name: user.name })}</h3>
      {done ? (
        <>
          <p role="status">{t("resetDone", { name: user.name })}</p>
          {data?.generatedPassword ? (
            <>
              <p>
                <strong>{t("passwordOnce")}</strong>
              </p>
              <SecretField label={t("generatedPassword")} value={data.generatedPassword} name={`reset-${user.id}`} />
            </>
          ) : null}
          <div className="actions">
            <button type="button" className="button primary" onClick={onClose}>
              {t("done")}
            </button>
          </div>
        </>
      ) : (
        <>
          <label className="field">
            <span>{t("password")}</span>
            <input
              type="text"
              autoComplete="new-password"
              minLength={PASSWORD_MIN}
              maxLength={PASSWORD_MAX}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <span className="muted small">{t("passwordHint")}</span>
          </label>
          {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
          <div className="actions">
            <button type="submit" className="button primary" disabled={pending}>
              {t("reset")}
            </button>
            <button type="button" className="button ghost" onClick={onClose}>
              {t("cancel")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
