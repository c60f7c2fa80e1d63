"use client";
import { useTranslations } from "next-intl";
import type { ConflictDetails } from "@/lib/review/types";
import { diffWords } from "@/lib/review/diff";
import { DiffView } from "@/components/ui/diff-view";

type Props = {
  conflict: ConflictDetails;
  draft: string;
  lang: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Someone else saved this cell meanwhile: their text, the difference to mine, and the choice of which to keep. */
export function ConflictPanel({ conflict, draft, lang, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations("editor");
  return (
    <section className="panel conflict" role="alertdialog" aria-label={t("conflict.title")}>
      <p>
        <strong>{t("conflict.title")}</strong> {t("conflict.body", { name: conflict.updatedBy ?? "?" })}
      </p>
      <p className="small muted">{t("conflict.theirs")}</p>
      <p className="quote" lang={lang}>
        {conflict.text}
      </p>
      <p className="small muted">{t("conflict.diff")}</p>
      <DiffView parts={diffWords(conflict.text, draft)} lang={lang} />
      <div className="actions">
        <button type="button" className="button primary" onClick={onKeepMine}>
          {t("conflict.keepMine")}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </button>
      </div>
    </section>
  );
}
