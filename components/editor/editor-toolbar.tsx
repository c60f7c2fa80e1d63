"use client";
import { useMemo, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/articles/editor-types";
import { FILTERS, type Filter } from "@/lib/review/filters";
import { isFullyApproved, progressFromCounts } from "@/lib/review/workflow";
import { useEditor } from "./editor-context";
import { useMtData } from "./mt-context";
import { MtRun } from "./mt-run";
import { ConcordanceLauncher } from "./concordance-launcher";
import { MemoryFill } from "./memory-fill";
import { TARGET_LANGS, type TranslationState } from "@/lib/vocabulary";

type Props = {
  segments: EditorSegment[];
  filter: Filter;
  counts: Record<Filter, number>;
  onFilter: (f: Filter) => void;
  bulk?: ReactNode;
  /** The QA panel's toggle (components/editor/qa-panel.tsx). */
  qa?: ReactNode;
};

export function EditorToolbar({ segments, filter, counts, onFilter, bulk, qa }: Props) {
  const t = useTranslations("editor");
  const { permissions } = useEditor();
  const mt = useMtData();
  const progress = useMemo(
    () =>
      Object.fromEntries(
        TARGET_LANGS.map((lang) => {
          const byState: Partial<Record<TranslationState, number>> = {};
          for (const s of segments) {
            const state = s.translations[lang]?.state;
            if (state) byState[state] = (byState[state] ?? 0) + 1;
          }
          return [lang, progressFromCounts(byState)];
        }),
      ),
    [segments],
  );

  return (
    <div className="editor-toolbar">
      <div className="language-progress" aria-live="polite">
        {TARGET_LANGS.map((lang) => {
          const p = progress[lang]!;
          return (
            <span key={lang} className="lang-progress" data-testid={`progress-${lang}`}>
              <strong>{t(`lang.${lang}`)}</strong>{" "}
              {t("progress", { approved: p.approved, translated: p.translated, total: p.total })}
              {isFullyApproved(p) ? <span className="badge state-approved">{t("fullyApproved")}</span> : null}
            </span>
          );
        })}
      </div>
      {permissions.edit && mt ? <MemoryFill articleId={mt.articleId} /> : null}
      {permissions.machine && mt ? (
        <MtRun articleId={mt.articleId} configured={mt.configured} canConfigure={mt.canConfigure} />
      ) : null}
      <div className="filters" role="group" aria-label={t("filterLabel")}>
        {FILTERS.map((f) => (
          <button key={f} type="button" className="chip" aria-pressed={filter === f} onClick={() => onFilter(f)}>
            {t(`filters.${f}`)} <span className="count">{counts[f]}</span>
          </button>
        ))}
      </div>
      {bulk}
      <ConcordanceLauncher />
      {qa}
      <details className="shortcuts">
        <summary>{t("shortcuts.title")}</summary>
        <dl>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>{t("shortcuts.confirm")}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>
          </dt>
          <dd>{t("shortcuts.move")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd>
          </dt>
          <dd>{t("shortcuts.copySource")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>{t("shortcuts.approve")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>S</kbd>
          </dt>
          <dd>{t("shortcuts.save")}</dd>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{t("shortcuts.cancel")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>K</kbd>
          </dt>
          <dd>{t("concordance.shortcut")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>1</kbd>…<kbd>9</kbd>
          </dt>
          <dd>{t("shortcuts.insertSuggestion")}</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>G</kbd>
          </dt>
          <dd>{t("shortcuts.insertTerm")}</dd>
          <dt>
            <kbd>F8</kbd>
          </dt>
          <dd>{t("shortcuts.qa")}</dd>
        </dl>
      </details>
    </div>
  );
}
