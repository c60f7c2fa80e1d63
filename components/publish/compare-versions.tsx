import { getTranslations } from "next-intl/server";
import type { TargetLang } from "@/lib/articles/kinds";
import { diffVersions } from "@/lib/export/version-diff";
import { loadPublishedDocument } from "@/lib/export/server/load-document";
import { VersionDiff } from "./version-diff";

type Props = {
  articleId: string;
  languages: { lang: TargetLang; publications: { version: number }[] }[];
  query: { lang: TargetLang; from?: number; to?: number };
};

/** A GET form (works without JavaScript) choosing two published versions of one language, and their diff. */
export async function CompareVersions({ articleId, languages, query }: Props) {
  const t = await getTranslations("publish");
  const tl = await getTranslations("list");
  const versions = languages.find((l) => l.lang === query.lang)?.publications.map((p) => p.version) ?? [];
  const all = [...new Set(languages.flatMap((l) => l.publications.map((p) => p.version)))].sort((a, b) => a - b);
  if (all.length < 2 && versions.length < 2) return null;
  const from = query.from ?? versions[1];
  const to = query.to ?? versions[0];
  const changes =
    from && to && versions.includes(from) && versions.includes(to)
      ? diffVersions(
          await loadPublishedDocument(articleId, query.lang, from),
          await loadPublishedDocument(articleId, query.lang, to),
        )
      : null;
  return (
    <section className="card" aria-labelledby="compare">
      <h2 id="compare">{t("compare")}</h2>
      <form className="compare-form">
        <label className="field inline">
          <span>{t("language")}</span>
          <select name="lang" defaultValue={query.lang}>
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
      {changes ? <VersionDiff changes={changes} lang={query.lang} /> : null}
    </section>
  );
}
