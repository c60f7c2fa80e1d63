"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { NumberedSuggestion, TermHit } from "@/lib/translation/suggestions";
import { diffWords } from "@/lib/review/diff";
import { DiffView } from "@/components/ui/diff-view";
import type { TargetLang } from "@/lib/vocabulary";

// A mouse click on Insert must not take the focus from the cell the text goes into.
const keepFocus = (e: MouseEvent) => e.preventDefault();

type ListProps = {
  numbered: NumberedSuggestion[];
  source: string;
  lang: TargetLang;
  onInsert: (text: string) => void;
};

/** Memory matches and machine text, each with its number (Ctrl+N), score or kind, date and source diff. */
export function SuggestionList({ numbered, source, lang, onInsert }: ListProps) {
  const t = useTranslations("editor.suggestions");
  const format = useFormatter();
  if (!numbered.length) return <p className="muted small">{t("none")}</p>;
  return (
    <ol className="suggestion-list">
      {numbered.map((s) => (
        <li key={`${s.kind}-${s.memory?.id ?? ""}`} className="suggestion" data-testid="suggestion">
          <div className="suggestion-meta">
            <kbd>Ctrl+{s.n}</kbd>
            <span className="badge">
              {s.memory ? t("score", { score: Math.floor(s.memory.score * 100) }) : t("machine")}
            </span>
            {s.memory?.updatedAt ? (
              <span className="muted small">
                {t("updated", { date: format.dateTime(new Date(s.memory.updatedAt), { dateStyle: "medium" }) })}
              </span>
            ) : null}
          </div>
          <p className="quote" lang={lang}>
            {s.text}
          </p>
          {s.memory ? (
            <>
              <p className="small muted">{t("diff")}</p>
              <DiffView parts={diffWords(s.memory.vi, source)} lang="vi" />
            </>
          ) : null}
          <button
            type="button"
            className="button small"
            aria-label={t("insertN", { n: s.n })}
            aria-keyshortcuts={`Control+${s.n}`}
            onMouseDown={keepFocus}
            onClick={() => onInsert(s.text)}
          >
            {t("insert")}
          </button>
        </li>
      ))}
    </ol>
  );
}

type TermProps = { terms: TermHit[]; lang: TargetLang; onInsert: (text: string) => void };

/** The glossary terms of the source with their target; Ctrl+Shift+G inserts the next one not in the cell yet. */
export function TermList({ terms, lang, onInsert }: TermProps) {
  const t = useTranslations("editor.suggestions");
  return (
    <>
      <h3 className="suggestions-subtitle">{t("terms")}</h3>
      {terms.length ? (
        <>
          <p className="muted small">
            <kbd>Ctrl+Shift+G</kbd> {t("termShortcut")}
          </p>
          <ul className="term-list">
            {terms.map((term) => (
              <li key={term.vi} data-testid="suggestion-term">
                <span lang="vi">{term.vi}</span> → <strong lang={lang}>{term.target}</strong>
                {term.note ? <span className="muted small"> ({term.note})</span> : null}{" "}
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={t("insertTerm", { term: term.target })}
                  onMouseDown={keepFocus}
                  onClick={() => onInsert(term.target)}
                >
                  {t("insert")}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted small">{t("noTerms")}</p>
      )}
    </>
  );
}
