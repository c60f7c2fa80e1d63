"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ReviewSettings } from "@/lib/settings/server/review-settings";
import { saveReviewSettings } from "@/lib/settings/server/session-actions";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { SaveFooter } from "./save-footer";

const DIACRITICS = ["keep", "strip"] as const;
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
      <SegmentedChoice
        legend={t("diacritics")}
        name="diacritics"
        options={DIACRITICS}
        value={value.diacritics}
        label={(d) => t(`diacriticsOptions.${d}`)}
        onChange={(diacritics) => setValue((v) => ({ ...v, diacritics }))}
      />
      <SaveFooter failure={failure} saved={saved} pending={pending} savedText={t("saved")} saveLabel={t("save")} />
    </form>
  );
}
