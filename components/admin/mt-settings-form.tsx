"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { EnglishVariant, GermanFormality, TranslationSettings } from "@/lib/translation/types";
import { saveMtSettings } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useSaveForm } from "./use-save-form";

const VARIANTS: EnglishVariant[] = ["EN-GB", "EN-US"];
const FORMALITY: GermanFormality[] = ["default", "more", "less"];

export function MtSettingsForm({ initial }: { initial: TranslationSettings }) {
  const t = useTranslations("mt.settings");
  const [value, setValue] = useState(initial);
  const { saved, failure, pending, submit } = useSaveForm(saveMtSettings);

  return (
    <form className="stack" onSubmit={submit(value)}>
      <fieldset className="segmented">
        <legend>{t("englishVariant")}</legend>
        {VARIANTS.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="englishVariant"
              value={v}
              checked={value.englishVariant === v}
              onChange={() => setValue((s) => ({ ...s, englishVariant: v }))}
            />{" "}
            {t(v)}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t("germanFormality")}</legend>
        {FORMALITY.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="germanFormality"
              value={f}
              checked={value.germanFormality === f}
              onChange={() => setValue((s) => ({ ...s, germanFormality: f }))}
            />{" "}
            {t(`formality.${f}`)}
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
