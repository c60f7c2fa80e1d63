"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { EnglishVariant, GermanFormality, TranslationSettings } from "@/lib/translation/types";
import { saveMtSettings } from "@/lib/translation/server/session-actions";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { SaveFooter } from "./save-footer";
import { useSaveForm } from "./use-save-form";

const VARIANTS: EnglishVariant[] = ["EN-GB", "EN-US"];
const FORMALITY: GermanFormality[] = ["default", "more", "less"];

export function MtSettingsForm({ initial }: { initial: TranslationSettings }) {
  const t = useTranslations("mt.settings");
  const [value, setValue] = useState(initial);
  const { saved, failure, pending, submit } = useSaveForm(saveMtSettings);

  return (
    <form className="stack" onSubmit={submit(value)}>
      <SegmentedChoice
        legend={t("englishVariant")}
        name="englishVariant"
        options={VARIANTS}
        value={value.englishVariant}
        label={(v) => t(v)}
        onChange={(englishVariant) => setValue((s) => ({ ...s, englishVariant }))}
      />
      <SegmentedChoice
        legend={t("germanFormality")}
        name="germanFormality"
        options={FORMALITY}
        value={value.germanFormality}
        label={(f) => t(`formality.${f}`)}
        onChange={(germanFormality) => setValue((s) => ({ ...s, germanFormality }))}
      />
      <SaveFooter failure={failure} saved={saved} pending={pending} savedText={t("saved")} saveLabel={t("save")} />
    </form>
  );
}
