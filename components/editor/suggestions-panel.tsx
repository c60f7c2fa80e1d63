"use client";
import { useCallback, useMemo, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { numberSuggestions } from "@/lib/translation/suggestions";
import { ErrorMessage } from "@/components/ui/error-message";
import type { TargetLang } from "@/lib/vocabulary";
import { useInsertIntoCell, type InsertMode } from "./cell-inserter";
import { useSuggestions } from "./use-suggestions";
import { useSuggestionKeys } from "./use-suggestion-keys";
import { SuggestionList, TermList } from "./suggestions-list";

const NONE: never[] = [];
type Props = { active: { segmentId: string; lang: TargetLang } | null; position: number | null };

/**
 * What the memory, the machine and the glossary offer for the focused cell, there without a click and
 * renewed when the focus moves. It never takes the focus: its summary line is a polite live region, its
 * buttons keep the cell focused. A side column on wide screens; on narrow ones a strip, open on demand.
 */
export function SuggestionsPanel({ active, position }: Props) {
  const t = useTranslations("editor.suggestions");
  const te = useTranslations("editor");
  const registry = useInsertIntoCell();
  const { loaded, loading } = useSuggestions(active);
  const [open, setOpen] = useState(false);
  const current = loading ? null : loaded;
  const data = current?.data ?? null;
  const numbered = useMemo(() => (data ? numberSuggestions(data) : NONE), [data]);
  const cellKey = current?.key ?? null;
  const insert = useCallback(
    (text: string, mode: InsertMode) => (cellKey ? (registry?.insert(text, mode, cellKey) ?? false) : false),
    [registry, cellKey],
  );
  useSuggestionKeys(cellKey, numbered, data?.terms ?? NONE, insert);

  const summary =
    !active || position === null
      ? t("idle")
      : loading
        ? t("loading")
        : data
          ? t("summary", {
              n: position + 1,
              lang: te(`lang.${active.lang}`),
              count: numbered.length,
              terms: data.terms.length,
            })
          : "";
  return (
    <aside className="suggestions" data-open={open} aria-labelledby="suggestions-title" data-testid="suggestions">
      <div className="suggestions-head">
        <h2 id="suggestions-title">{t("title")}</h2>
        <button
          type="button"
          className="button ghost small suggestions-toggle"
          aria-expanded={open}
          aria-controls="suggestions-body"
          onMouseDown={(e: MouseEvent) => e.preventDefault()}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? t("hide") : t("show")}
        </button>
      </div>
      <p className="muted small suggestions-summary" aria-live="polite" data-testid="suggestions-summary">
        {summary}
      </p>
      <div id="suggestions-body" className="suggestions-body" aria-busy={loading}>
        {current?.failure ? <ErrorMessage code={current.failure} /> : null}
        {data && active ? (
          <>
            <SuggestionList
              numbered={numbered}
              source={data.source}
              lang={active.lang}
              onInsert={(text) => insert(text, "replace")}
            />
            <TermList terms={data.terms} lang={active.lang} onInsert={(text) => insert(text, "caret")} />
          </>
        ) : null}
      </div>
    </aside>
  );
}
