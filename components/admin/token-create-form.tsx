"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { TokenScope } from "@/lib/cms/tokens";
import { createApiToken } from "@/lib/cms/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { ShownOncePanel } from "@/components/ui/shown-once";
import { SecretField } from "./secret-field";

type Created = { name: string; token: string; webhookSecret: string | null };

/** Create form; after creation it shows the token (and webhook secret) once, until the admin dismisses it. */
export function TokenCreateForm() {
  const t = useTranslations("admin.tokens");
  const router = useRouter();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(["read"]);
  const [webhookUrl, setWebhookUrl] = useState("");
  const [created, setCreated] = useState<Created | null>(null);
  const { run, pending, failure } = useAction(createApiToken, {
    onSuccess: (r) => {
      setCreated({ name: r.name, token: r.token, webhookSecret: r.webhookSecret });
      setName("");
      setWebhookUrl("");
      setScopes(["read"]);
      router.refresh();
    },
  });

  const toggle = (scope: TokenScope, on: boolean) =>
    setScopes((s) => (on ? [...new Set([...s, scope])] : s.filter((x) => x !== scope)));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    run({ name, scopes, webhookUrl: webhookUrl.trim() || null });
  }

  if (created) {
    return (
      <ShownOncePanel
        testId="token-created"
        title={t("createdTitle", { name: created.name })}
        warning={t("createdOnce")}
        doneLabel={t("done")}
        onDone={() => setCreated(null)}
      >
        <SecretField label={t("token")} value={created.token} name="token" />
        {created.webhookSecret ? (
          <SecretField label={t("webhookSecret")} value={created.webhookSecret} name="webhookSecret" />
        ) : null}
      </ShownOncePanel>
    );
  }

  return (
    <form className="stack import-form" onSubmit={submit} aria-label={t("createTitle")}>
      <h2>{t("createTitle")}</h2>
      <label className="field">
        <span>{t("name")}</span>
        <input
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("namePlaceholder")}
          required
          maxLength={100}
        />
      </label>
      <fieldset className="segmented">
        <legend>{t("scopes")}</legend>
        <label>
          <input
            type="checkbox"
            name="scope-read"
            checked={scopes.includes("read")}
            onChange={(e) => toggle("read", e.target.checked)}
          />{" "}
          {t("scopeRead")}
        </label>
        <label>
          <input
            type="checkbox"
            name="scope-import"
            checked={scopes.includes("import")}
            onChange={(e) => toggle("import", e.target.checked)}
          />{" "}
          {t("scopeImport")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="token-webhook-url">{t("webhookUrl")}</label>
        <input
          id="token-webhook-url"
          name="webhookUrl"
          type="url"
          value={webhookUrl}
          onChange={(e) => setWebhookUrl(e.target.value)}
          placeholder="https://cms.example.com/hooks/duyet"
          maxLength={2000}
          aria-describedby="token-webhook-help"
        />
        <small id="token-webhook-help" className="muted">
          {t("webhookHelp")}
        </small>
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
