import { getTranslations } from "next-intl/server";
import { LIST_SORTS, LIST_STATES, type ListParams } from "@/lib/articles/list-params";
import { TARGET_LANGS } from "@/lib/vocabulary";

/** The list's filters as a plain GET form: the URL holds them, so a filtered list can be bookmarked and shared. */
export async function ListFilters({ params }: { params: ListParams }) {
  const t = await getTranslations("list");
  return (
    <form className="list-filters">
      {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
      <label>
        {t("filterState")}
        <select name="state" defaultValue={params.state ?? ""}>
          <option value="">{t("anyState")}</option>
          {LIST_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filterLang")}
        <select name="lang" defaultValue={params.lang ?? ""}>
          <option value="">{t("anyLang")}</option>
          {TARGET_LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("sort")}
        <select name="sort" defaultValue={params.sort}>
          {LIST_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t("apply")}
      </button>
    </form>
  );
}
