import { getTranslations } from "next-intl/server";
import type { VersionComparison } from "@/lib/export/server/compare-published-versions";
import { VersionDiff } from "./version-diff";
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
        <label className="field inline">
          <span>{t("from")}</span>
          <select name="from" defaultValue={from}>
            {all.map((v) => (
              <option key={v} value={v}>
                {t("version", { version: v })}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t("to")}</span>
          <select name="to" defaultValue={to}>
            {all.map((v) => (
              <option key={v} value={v}>
                {t("version", { version: v })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("show")}
        </button>
      </form>
      {changes ? <VersionDiff changes={changes} lang={lang} /> : null}
    </section>
  );
}
