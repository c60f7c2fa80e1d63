"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { searchConcordance } from "@/lib/translation/server/session-actions";
import type { ConcordanceHit, ConcordanceResult } from "@/lib/translation/server/search-concordance";
import { ErrorMessage } from "@/components/ui/error-message";
import { useActionCaller } from "@/components/ui/use-action-caller";
import type { ActionFailure } from "@/lib/action";
import type { TargetLang } from "@/lib/vocabulary";
import { ConcordanceResults } from "./concordance-results";
import { focusCell, type CellSelection } from "./cell-focus";
import { useInsertIntoCell } from "./cell-inserter";

const TYPING_PAUSE_MS = 250;

/**
 * Concordance search (native modal <dialog>: focus moves in, Tab stays inside, Esc closes). The search box
 * is a combobox over the hits: ↑/↓ choose, Enter (or a click) inserts the hit's text in the language of
 * the cell that had the focus, as an unsaved edit, and the focus goes back to that cell.
 */
type Props = { cellKey: string | null; at: CellSelection | null; onClose: () => void };

export function ConcordanceDialog({ cellKey, at, onClose }: Props) {
  const t = useTranslations("editor");
  const call = useActionCaller();
  const inserts = useInsertIntoCell();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), list: useId() };
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<ConcordanceResult | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [active, setActive] = useState(0);
  const lang = (cellKey?.split(":")[1] as TargetLang | undefined) ?? null;
  const hits = result ? [...result.memory, ...result.articles] : [];

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const timer = setTimeout(async () => {
      const answer = await call(searchConcordance, { query, limit: 10 });
      if (!current) return; // a later query is on its way: this answer is stale
      setFailure(answer.ok ? null : answer);
      setResult(answer.ok ? answer.data : null);
      setActive(0);
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, call]);

  function close() {
    dialog.current?.close();
  }

  function pick(hit: ConcordanceHit) {
    const text = lang ? hit[lang] : null;
    if (!cellKey || !text) return;
    close();
    inserts?.insert(text, "caret", cellKey, at);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const hit = hits[active];
      if (hit) pick(hit);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dialog concordance-dialog"
      aria-labelledby={ids.title}
      onClose={() => {
        onClose();
        if (cellKey && document.activeElement?.getAttribute("data-cell") !== cellKey) focusCell(cellKey, at);
      }}
    >
      <h2 id={ids.title}>{t("concordance.title")}</h2>
      <input
        // text, not search: Esc in a search field only clears it, and here Esc must close the dialog
        type="text"
        className="concordance-query"
        role="combobox"
        aria-label={t("concordance.query")}
        aria-controls={ids.list}
        aria-expanded={hits.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={hits.length ? `${ids.list}-${active}` : undefined}
        value={query}
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="hint" aria-live="polite">
        {!query.trim() || !result
          ? t(lang ? "concordance.hint" : "concordance.hintNoCell")
          : t("concordance.count", { count: hits.length })}
      </p>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      <ConcordanceResults id={ids.list} hits={hits} active={active} lang={lang} onPick={pick} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t("concordance.close")}
        </button>
      </div>
    </dialog>
  );
}
