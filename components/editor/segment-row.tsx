"use client";
import { memo } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/articles/editor-types";
import { TranslationCell } from "./translation-cell";
import { useMtData } from "./mt-context";
import { SourceText } from "./source-text";
import { SourceChange } from "./source-change";
import { TARGET_LANGS } from "@/lib/vocabulary";

const NO_TERMS: never[] = [];

/** One segment: Vietnamese source | German | English. Memoised: typing in one row re-renders only it. */
type Props = { segment: EditorSegment; newParagraph: boolean; selected?: boolean; onToggle: (id: string) => void };

export const SegmentRow = memo(function SegmentRow({ segment, newParagraph, selected, onToggle }: Props) {
  const t = useTranslations("editor");
  const mt = useMtData();
  return (
    <div
      className={`segment-row kind-${segment.kind}${newParagraph ? " new-paragraph" : ""}${segment.translatable ? "" : " not-translatable"}`}
      role="row"
      aria-rowindex={segment.position + 2}
    >
      <div className="cell source" role="rowheader">
        <div className="cell-head">
          {selected !== undefined && segment.translatable ? (
            <input
              type="checkbox"
              className="select"
              checked={selected}
              onChange={() => onToggle(segment.id)}
              aria-label={t("bulk.select", { n: segment.position + 1 })}
            />
          ) : null}
          <span className="position">{segment.position + 1}</span>
          {segment.kind !== "body" ? <span className="badge kind">{t(`kinds.${segment.kind}`)}</span> : null}
          {!segment.translatable ? <span className="badge muted-badge">{t("notTranslated")}</span> : null}
        </div>
        <SourceText source={segment.source} glossary={mt?.glossary ?? NO_TERMS} />
        <SourceChange segment={segment} />
      </div>
      {TARGET_LANGS.map((lang) => {
        const translation = segment.translations[lang];
        return (
          <div role="gridcell" key={lang} className="target-col">
            {translation ? (
              <TranslationCell segment={segment} translation={translation} lang={lang} />
            ) : (
              <span className="muted small">—</span>
            )}
          </div>
        );
      })}
    </div>
  );
});
