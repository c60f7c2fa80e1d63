"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { MemoryFillSettings } from "@/lib/settings/server/memory-fill-settings";
import { saveMemoryFillSettings } from "@/lib/settings/server/session-actions";
import { FUZZY_FILL_THRESHOLDS, fuzzyPercent } from "@/lib/translation/memory-fill";
import { SaveFooter } from "./save-footer";
import { useSaveForm } from "./use-save-form";

/** Pre-fill fuzzy memory matches on import and with "Fill from memory": off, or from which score on. */
export function MemoryFillForm({ initial }: { initial: MemoryFillSettings }) {
  const t = useTranslations("admin.memoryFill");
  const [value, setValue] = useState(initial);
  const { saved, failure, pending, submit } = useSaveForm(saveMemoryFillSettings);
  return (
    <form className="stack" onSubmit={submit(value)}>
      <label className="field">
        <span>{t("fuzzy")}</span>
        <select
          value={value.fuzzyThreshold ?? "off"}
          onChange={(e) => setValue({ fuzzyThreshold: e.target.value === "off" ? null : Number(e.target.value) })}
        >
          <option value="off">{t("off")}</option>
          {FUZZY_FILL_THRESHOLDS.map((n) => (
            <option key={n} value={n}>
              {t("atLeast", { percent: fuzzyPercent(n) })}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{t("hint")}</p>
      <SaveFooter failure={failure} saved={saved} pending={pending} savedText={t("saved")} saveLabel={t("save")} />
    </form>
  );
}
