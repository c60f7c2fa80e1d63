"use client";
import { memo } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/articles/editor-types";
import { TARGET_LANGS } from "@/lib/articles/kinds";
import { TranslationCell } from "./translation-cell";

/** One segment: Vietnamese source | German | English. Memoised: typing in one row re-renders only it. */
export const SegmentRow = memo(function SegmentRow({ segment, newParagraph }: { segment: EditorSegment; newParagraph: boolean }) {
  const t = useTranslations("editor");
  return (
    <div className={`segment-row kind-${segment.kind}${newParagraph ? " new-paragraph" : ""}${segment.translatable ? "" : " not-translatable"}`}
      role="row" aria-rowindex={segment.position + 2}>
      <div className="cell source" role="rowheader">
        <div className="cell-head">
          <span className="position">{segment.position + 1}</span>
          {segment.kind !== "body" ? <span className="badge kind">{t(`kinds.${segment.kind}`)}</span> : null}
          {!segment.translatable ? <span className="badge muted-badge">{t("notTranslated")}</span> : null}
        </div>
        <p lang="vi" className="source-text">{segment.source}</p>
      </div>
      {TARGET_LANGS.map((lang) => {
        const translation = segment.translations[lang];
        return (
          <div role="gridcell" key={lang} className="target-col">
            {translation ? <TranslationCell segment={segment} translation={translation} lang={lang} /> : <span className="muted small">—</span>}
          </div>
        );
      })}
    </div>
  );
});
