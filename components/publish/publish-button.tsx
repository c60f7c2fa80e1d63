"use client";
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { publish } from "@/lib/export/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import type { TargetLang } from "@/lib/vocabulary";

/**
 * Publishing is final, so it is confirmed in a modal dialog that names the language and the version about
 * to be created (native <dialog>: focus moves in and back, Esc cancels, Tab stays inside). The button stays
 * clickable when not ready: the refusal says exactly what is missing (unapproved segments, open errors).
 * When errors were overridden, the dialog asks the publisher to confirm they read them; the ids of the
 * overrides shown go with the request, and the server refuses if they are no longer the ones that apply.
 */
export function PublishButton({
  articleId,
  lang,
  label,
  nextVersion,
  overrideIds,
}: {
  articleId: string;
  lang: TargetLang;
  label: string;
  nextVersion: number;
  /** The overrides listed on the page (their revision ids): confirmed in the dialog. */
  overrideIds: string[];
}) {
  const t = useTranslations("publish");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), body: useId() };
  const [read, setRead] = useState(false);
  const mustConfirm = overrideIds.length > 0;
  const { run, pending, data, failure, reset } = useAction(publish, { onSuccess: () => router.refresh() });

  function confirm() {
    dialog.current?.close();
    run({ articleId, lang, confirmedOverrides: read ? overrideIds : [] });
  }

  return (
    <div className="stack-tight">
      <button
        type="button"
        className="button primary"
        disabled={pending}
        aria-haspopup="dialog"
        onClick={() => {
          reset();
          setRead(false);
          dialog.current?.showModal();
        }}
      >
        {pending ? t("publishing") : t("publish", { lang: label })}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={ids.title} aria-describedby={ids.body}>
        <h2 id={ids.title}>{t("confirmTitle", { lang: label, version: nextVersion })}</h2>
        <p id={ids.body}>{t("confirmBody", { lang: label, version: nextVersion })}</p>
        {mustConfirm ? (
          <label className="checkbox confirm-overrides">
            <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} />
            <span>{t("overridesConfirm", { count: overrideIds.length })}</span>
          </label>
        ) : null}
        <div className="dialog-actions">
          {/* Cancel takes the focus: Enter right after opening must not publish by accident. */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="button" className="button primary" onClick={confirm} disabled={mustConfirm && !read}>
            {t("confirm", { version: nextVersion })}
          </button>
        </div>
      </dialog>
      {data ? (
        <p role="status" className="ok-message">
          {t("published", { version: data.version })}
        </p>
      ) : null}
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
    </div>
  );
}
