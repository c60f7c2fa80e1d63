import { getTranslations } from "next-intl/server";
import type { VersionComparison } from "@/lib/export/server/compare-published-versions";
import { VersionDiff } from "./version-diff";
import { VersionPairSelect } from "@/components/ui/version-pair-select";
import type { TargetLang } from "@/lib/vocabulary";

type Props = {
  languages: { lang: TargetLang }[];
  comparison: VersionComparison | null;
};

/** A GET form (works without JavaScript) choosing two published versions of one language, and their diff. */
export async function CompareVersions({ languages, comparison }: Props) {
  const t = await getTranslations("publish");
  const tl = await getTranslations("list");
  if (!comparison) return null;
  const { lang, all, from, to, changes } = comparison;
  return (
    <section className="card" aria-labelledby="compare">
      <h2 id="compare">{t("compare")}</h2>
      <form className="compare-form">
        <label className="field inline">
          <span>{t("language")}</span>
          <select name="lang" defaultValue={lang}>
            {languages.map((l) => (
              <option key={l.lang} value={l.lang}>
                {tl(`lang.${l.lang}`)}
              </option>
            ))}
          </select>
        </label>
        <VersionPairSelect
          versions={all}
          from={from}
          to={to}
          labels={{ from: t("from"), to: t("to") }}
          optionLabel={(version) => t("version", { version })}
        />
        <button type="submit" className="button">
          {t("show")}
        </button>
      </form>
      {changes ? <VersionDiff changes={changes} lang={lang} /> : null}
    </section>
  );
}
