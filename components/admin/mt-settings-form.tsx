"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EnglishVariant, GermanFormality, TranslationSettings } from "@/lib/translation/types";
import { saveMtSettings } from "@/app/(workbench)/admin/actions";
import { ErrorMessage } from "@/components/ui/error-message";

const VARIANTS: EnglishVariant[] = ["EN-GB", "EN-US"];
const FORMALITY: GermanFormality[] = ["default", "more", "less"];

export function MtSettingsForm({ initial }: { initial: TranslationSettings }) {
  const t = useTranslations("mt.settings");
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
        const r = await saveMtSettings(value);
        if (r.ok) setSaved(true); else setFailure(r);
      });
    }}>
      <fieldset className="segmented">
        <legend>{t("englishVariant")}</legend>
        {VARIANTS.map((v) => (
          <label key={v}><input type="radio" name="englishVariant" value={v} checked={value.englishVariant === v}
            onChange={() => setValue((s) => ({ ...s, englishVariant: v }))} /> {t(v)}</label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t("germanFormality")}</legend>
        {FORMALITY.map((f) => (
          <label key={f}><input type="radio" name="germanFormality" value={f} checked={value.germanFormality === f}
            onChange={() => setValue((s) => ({ ...s, germanFormality: f }))} /> {t(`formality.${f}`)}</label>
        ))}
      </fieldset>
      {failure ? <ErrorMessage code={failure.code} /> : null}
      {saved ? <p role="status" className="small">{t("saved")}</p> : null}
      <div className="actions"><button type="submit" className="button primary" disabled={pending}>{t("save")}</button></div>
    </form>
  );
}
