"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { ApiTokenRow } from "@/lib/cms/server/list-api-tokens";
import { revokeApiToken } from "@/lib/cms/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";

/** Every token with its prefix, scopes, webhook and usage; revoking asks first because it cannot be undone. */
export function TokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const t = useTranslations("admin.tokens");
  const format = useFormatter();
  const router = useRouter();
  const { run, pending, failure } = useAction(revokeApiToken, { onSuccess: () => router.refresh() });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  function revoke(token: ApiTokenRow) {
    if (!window.confirm(t("confirmRevoke", { name: token.name }))) return;
    run({ id: token.id });
  }

  if (tokens.length === 0) return <p className="empty">{t("empty")}</p>;
  return (
    <>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      <table className="table tokens">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("prefix")}</th>
            <th scope="col">{t("scopes")}</th>
            <th scope="col">{t("webhook")}</th>
            <th scope="col">{t("created")}</th>
            <th scope="col">{t("lastUsed")}</th>
            <th scope="col">{t("status")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-token-prefix={token.prefix}>
              <td>{token.name}</td>
              <td>
                <code>duyet_{token.prefix}_…</code>
              </td>
              <td>
                {token.scopes.map((s) => (
                  <span key={s} className="badge kind">
                    {s}
                  </span>
                ))}
              </td>
              <td className="small">
                {token.webhookUrl ? (
                  <>
                    <code>{token.webhookUrl}</code>
                    <br />
                    <span className="muted">{t("deliveries", token.deliveries)}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="small nowrap">
                {when(token.createdAt)}
                {token.createdBy ? (
                  <>
                    <br />
                    <span className="muted">{t("by", { name: token.createdBy })}</span>
                  </>
                ) : null}
              </td>
              <td className="small nowrap">{token.lastUsedAt ? when(token.lastUsedAt) : t("never")}</td>
              <td className="small">
                {token.revokedAt ? (
                  <span className="badge issue-error">{t("revoked", { date: when(token.revokedAt) })}</span>
                ) : (
                  <span className="badge state-approved">{t("active")}</span>
                )}
              </td>
              <td>
                {token.revokedAt ? null : (
                  <button
                    type="button"
                    className="button ghost small"
                    onClick={() => revoke(token)}
                    disabled={pending}
                    aria-label={`${t("revoke")}: ${token.name}`}
                  >
                    {t("revoke")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
