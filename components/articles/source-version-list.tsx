import { getFormatter, getTranslations } from "next-intl/server";
import type { SourceVersionEntry } from "@/lib/articles/server/load-source-versions";

/** Each source version: when, by whom, what it did, and the segments it removed with their history. */
export async function SourceVersionList({ versions }: { versions: SourceVersionEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("editor.versions"), getFormatter()]);
  return (
    <ol className="version-list" reversed>
      {versions.map((v) => (
        <li key={v.number} data-testid={`source-version-${v.number}`}>
          <strong>{t("label", { number: v.number })}</strong>{" "}
          <span className="muted small">
            {t("meta", {
              date: format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              who: v.createdBy ?? t("unknown"),
            })}
          </span>
          <p className="small">{v.stats ? t("stats", v.stats) : t("original")}</p>
          {v.number > 1 ? (
            <details>
              <summary className="small">{t("removedTitle", { number: v.number })}</summary>
              {v.removed.length === 0 ? <p className="muted small">{t("removedNone")}</p> : null}
              <ul className="small">
                {v.removed.map((s) => (
                  <li key={s.position}>
                    <span lang="vi">{s.text}</span>
                    <ul>
                      {s.translations
                        .filter((tr) => tr.text)
                        .map((tr) => (
                          <li key={tr.lang}>
                            {t("translation", {
                              lang: tr.lang.toUpperCase(),
                              text: tr.text,
                              state: tr.state,
                              revisions: tr.revisions.length,
                            })}
                          </li>
                        ))}
                      {s.comments.length ? <li>{t("comments", { count: s.comments.length })}</li> : null}
                    </ul>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
