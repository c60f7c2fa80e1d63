"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveWebhookHosts } from "@/lib/cms/server/session-actions";
import { SaveFooter } from "./save-footer";
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
      <SaveFooter failure={failure} saved={saved} pending={pending} savedText={t("saved")} saveLabel={t("save")} />
    </form>
  );
}
