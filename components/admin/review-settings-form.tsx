"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ReviewSettings } from "@/lib/settings/server/review-settings";
import { saveReviewSettings } from "@/app/(workbench)/admin/actions";
import { ErrorMessage } from "@/components/ui/error-message";

export function ReviewSettingsForm({ initial }: { initial: ReviewSettings }) {
  const t = useTranslations("admin.reviewSettings");
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ code: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form className="stack" onSubmit={(e) => {
      e.preventDefault();
      setSaved(false);
      setFailure(null);
      start(async () => {
        const r = await saveReviewSettings(value);
        if (r.ok) setSaved(true); else setFailure(r);
      });
    }}>
      <label className="checkbox">
        <input type="checkbox" checked={value.fourEyes} onChange={(e) => setValue((v) => ({ ...v, fourEyes: e.target.checked }))} />
        <span><strong>{t("fourEyes")}</strong> <span className="muted small">{t("fourEyesHint")}</span></span>
      </label>
      <fieldset className="segmented">
        <legend>{t("diacritics")}</legend>
        {(["keep", "strip"] as const).map((d) => (
          <label key={d}><input type="radio" name="diacritics" value={d} checked={value.diacritics === d}
            onChange={() => setValue((v) => ({ ...v, diacritics: d }))} /> {t(`diacriticsOptions.${d}`)}</label>
        ))}
      </fieldset>
      {failure ? <ErrorMessage code={failure.code} /> : null}
      {saved ? <p role="status" className="small">{t("saved")}</p> : null}
      <div className="actions"><button type="submit" className="button primary" disabled={pending}>{t("save")}</button></div>
    </form>
  );
}
