import { getFormatter, getTranslations } from "next-intl/server";
import { EXPORT_FORMATS } from "@/lib/export/types";
import type { TargetLang } from "@/lib/vocabulary";

type Props = {
  articleId: string;
  lang: TargetLang;
  publications: { version: number; publishedAt: string; publishedBy: string | null }[];
  canExport: boolean;
};

/** One language's published versions, newest first, each with its export links; then the draft's exports. */
export async function PublicationHistory({ articleId, lang, publications, canExport }: Props) {
  const [t, format] = await Promise.all([getTranslations("publish"), getFormatter()]);
  const exportHref = (fmt: string, version: number | "draft") =>
    `/articles/${articleId}/export?lang=${lang}&format=${fmt}&version=${version}`;
  return (
    <>
      <h3>{t("history")}</h3>
      {publications.length === 0 ? (
        <p className="muted small">{t("none")}</p>
      ) : (
        <ul className="publications">
          {publications.map((p) => (
            <li key={p.version}>
              <strong>{t("version", { version: p.version })}</strong>{" "}
              <time dateTime={p.publishedAt}>
                {format.dateTime(new Date(p.publishedAt), { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {p.publishedBy ? <span className="muted"> · {t("by", { name: p.publishedBy })}</span> : null}
              {canExport ? (
                <ExportLinks
                  hrefs={EXPORT_FORMATS.map((f) => [f, exportHref(f, p.version)])}
                  label={t("exports")}
                  names={t}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canExport ? (
        <p className="small">
          {t("draftExports")}:{" "}
          <ExportLinks hrefs={EXPORT_FORMATS.map((f) => [f, exportHref(f, "draft")])} label="" names={t} />
        </p>
      ) : null}
    </>
  );
}

function ExportLinks({
  hrefs,
  label,
  names,
}: {
  hrefs: [string, string][];
  label: string;
  names: (k: never) => string;
}) {
  return (
    <span className="export-links">
      {label ? <span className="muted"> · {label}: </span> : null}
      {hrefs.map(([f, href], i) => (
        <span key={f}>
          {i ? " · " : ""}
          <a href={href} download>
            {names(`formats.${f}` as never)}
          </a>
        </span>
      ))}
    </span>
  );
}
