"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/vocabulary";
import type { UserRow } from "@/lib/users/server/list-users";
import { setUserActive, setUserRole } from "@/lib/users/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { UserPasswordReset } from "./user-password-reset";

/** One page of users: role changes on the spot, password reset in a panel, deactivation after a confirm. */
export function UserTable({ users, selfId }: { users: UserRow[]; selfId: string }) {
  const t = useTranslations("admin.users");
  const tc = useTranslations("common.roles");
  const format = useFormatter();
  const router = useRouter();
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const refresh = { onSuccess: () => router.refresh() };
  const role = useAction(setUserRole, refresh);
  const active = useAction(setUserActive, refresh);
  const failure = role.failure ?? active.failure;
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("never");

  function toggle(user: UserRow) {
    if (user.active && !window.confirm(t("confirmDeactivate", { name: user.name }))) return;
    active.run({ userId: user.id, active: !user.active });
  }

  return (
    <>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      {resetting ? <UserPasswordReset key={resetting.id} user={resetting} onClose={() => setResetting(null)} /> : null}
      <div className="table-scroll">
        <table className="table users">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("locale")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastSignIn")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-user-email={user.email}>
                <td data-label={t("name")}>
                  <strong>{user.name}</strong>
                  {user.id === selfId ? <span className="muted small"> ({t("you")})</span> : null}
                  <br />
                  <span className="muted small">{user.email}</span>
                </td>
                <td data-label={t("role")}>
                  <select
                    aria-label={t("roleFor", { name: user.name })}
                    value={user.role ?? ""}
                    disabled={role.pending}
                    onChange={(e) => role.run({ userId: user.id, role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tc(r)}
                      </option>
                    ))}
                  </select>
                </td>
                <td data-label={t("locale")}>{t(`locales.${user.locale as "en" | "de" | "vi"}`)}</td>
                <td data-label={t("status")}>
                  <span className={user.active ? "badge state-approved" : "badge issue-error"}>
                    {user.active ? t("active") : t("deactivated")}
                  </span>
                </td>
                <td className="small" data-label={t("lastSignIn")}>
                  {when(user.lastSignInAt)}
                </td>
                <td data-label={t("actions")}>
                  <div className="actions">
                    <button type="button" className="button small" onClick={() => setResetting(user)}>
                      {t("resetPassword")}
                    </button>
                    {user.id === selfId ? null : (
                      <button
                        type="button"
                        className="button small"
                        disabled={active.pending}
                        onClick={() => toggle(user)}
                      >
                        {user.active ? t("deactivate") : t("reactivate")}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
