"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ReviewSettings } from "@/lib/settings/server/review-settings";
import { saveReviewSettings } from "@/lib/settings/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useSaveForm } from "./use-save-form";

export function ReviewSettingsForm({ initial }: { initial: ReviewSettings }) {
  const t = useTranslations("admin.reviewSettings");
  const [value, setValue] = useState(initial);
  const { saved, failure, pending, submit } = useSaveForm(saveReviewSettings);
  return (
    <form className="stack" onSubmit={submit(value)}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.fourEyes}
          onChange={(e) => setValue((v) => ({ ...v, fourEyes: e.target.checked }))}
        />
        <span>
          <strong>{t("fourEyes")}</strong> <span className="muted small">{t("fourEyesHint")}</span>
        </span>
      </label>
      <fieldset className="segmented">
        <legend>{t("diacritics")}</legend>
        {(["keep", "strip"] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="diacritics"
              value={d}
              checked={value.diacritics === d}
              onChange={() => setValue((v) => ({ ...v, diacritics: d }))}
            />{" "}
            {t(`diacriticsOptions.${d}`)}
          </label>
        ))}
      </fieldset>
      {failure ? <ErrorMessage code={failure.code} /> : null}
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
