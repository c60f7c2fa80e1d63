"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { DeeplKeyStatus } from "@/lib/translation/server/load-deepl-key";
import { removeDeeplKey, saveDeeplKey, testDeeplConnection } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";

/**
 * The DeepL key: entered once (a password field, never filled from the server), then only "a key is
 * stored, set by X on date" with replace, remove and "Test connection" (DeepL's usage call).
 */
export function DeeplKeyForm({ status }: { status: DeeplKeyStatus }) {
  const t = useTranslations("admin.deeplKey");
  const format = useFormatter();
  const router = useRouter();
  const [key, setKey] = useState("");
  const refresh = () => router.refresh();
  const save = useAction(saveDeeplKey, { onSuccess: () => (setKey(""), refresh()) });
  const remove = useAction(removeDeeplKey, { onSuccess: refresh });
  const test = useAction(testDeeplConnection);
  const failure = save.failure ?? remove.failure;
  const usage = test.data;

  return (
    <div className="stack" data-testid="deepl-key">
      {status.source === "env" ? <p className="notice">{t("envWins")}</p> : null}
      <p className="small">
        {status.stored
          ? t("stored", {
              name: status.stored.setByName,
              date: format.dateTime(new Date(status.stored.setAt), { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("none")}
      </p>
      <form
        className="stack import-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.run({ key });
        }}
      >
        <label className="field">
          <span>{t("label")}</span>
          <input
            name="deepl-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            maxLength={200}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-describedby="deepl-key-hint"
          />
          <span id="deepl-key-hint" className="muted small">
            {t("hint")}
          </span>
        </label>
        {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
        {save.done ? <p className="small">{t("saved")}</p> : null}
        {remove.done ? <p className="small">{t("removed")}</p> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={save.pending}>
            {status.stored ? t("replace") : t("save")}
          </button>
          {status.stored ? (
            <button
              type="button"
              className="button"
              disabled={remove.pending}
              onClick={() => window.confirm(t("confirmRemove")) && remove.run({})}
            >
              {t("remove")}
            </button>
          ) : null}
          {status.source !== "none" ? (
            <button type="button" className="button" disabled={test.pending} onClick={() => test.run({})}>
              {test.pending ? t("testing") : t("test")}
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {test.failure ? <ErrorMessage code={test.failure.code} params={test.failure.params} /> : null}
        {usage ? (
          <p className="small" data-testid="deepl-test-ok">
            {usage.characterLimit === null
              ? t("testOkNoLimit", { count: format.number(usage.characterCount) })
              : t("testOk", {
                  count: format.number(usage.characterCount),
                  limit: format.number(usage.characterLimit),
                })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
