"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveWebhookHosts } from "@/lib/cms/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useSaveForm } from "./use-save-form";

/** The hosts webhooks may reach although they are local or private: one per line (lib/cms/webhook-url.ts). */
export function WebhookHostsForm({ initial }: { initial: string[] }) {
  const t = useTranslations("admin.webhookHosts");
  const [text, setText] = useState(initial.join("\n"));
  const { saved, failure, pending, submit } = useSaveForm(saveWebhookHosts);
  return (
    <form className="stack" onSubmit={submit({ hosts: text.split("\n") })}>
      <p className="muted small">{t("intro")}</p>
      <label className="field">
        <span>{t("label")}</span>
        <textarea
          name="hosts"
          rows={4}
          value={text}
          spellCheck={false}
          autoCapitalize="off"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      {saved ? (
        <p role="status" className="small">
          {t("saved")}
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
