import { getTranslations } from "next-intl/server";
import type { SegmentChange } from "@/lib/export/version-diff";
import { diffWords } from "@/lib/review/diff";
import { DiffView } from "@/components/ui/diff-view";

export async function VersionDiff({ changes, lang }: { changes: SegmentChange[]; lang: string }) {
  const t = await getTranslations("publish");
  if (!changes.length) return <p className="muted">{t("noChanges")}</p>;
  return (
    <ol className="version-diff">
      {changes.map((c) => (
        <li key={c.id}>
          <p className="small muted" lang="vi">
            <span className="position">{c.position + 1}</span> {c.source}
          </p>
          {c.after === null ? (
            <p>
              <del>{c.before}</del> {t("removed")}
            </p>
          ) : (
            <DiffView parts={diffWords(c.before ?? "", c.after)} lang={lang} />
          )}
        </li>
      ))}
    </ol>
  );
}
