"use client";
import { useEffect, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/review/server/load-history";
import { diffWords } from "@/lib/review/diff";
import { loadHistory, restoreRevision } from "@/lib/review/server/session-actions";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { StepResult } from "@/lib/review/types";
import { useEditor } from "./editor-context";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { StateBadge } from "./state-badge";
import type { TranslationState } from "@/lib/vocabulary";

type Props = {
  translationId: string;
  lang: string;
  version: number;
  /** Saves what is being typed first, so a restore never throws away unsaved text; its version. */
  settle: () => Promise<number | null>;
  onRestored: (patch: Partial<EditorTranslation>, result?: StepResult) => void;
};

/**
 * Who changed what, when, with which state and reason; each revision diffed against the one before.
 * Editors can restore an earlier text: a new revision with that text, as a draft (lib/review/server/restore-revision.ts).
 */
export function HistoryPanel({ translationId, lang, version, settle, onRestored }: Props) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const editor = useEditor();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [restoring, startRestore] = useTransition();

  function restore(from: number) {
    startRestore(async () => {
      const expectedVersion = await settle();
      if (expectedVersion === null) return; // the pending save failed; the cell says why
      const result = await restoreRevision({ translationId, version: from, expectedVersion });
      if (!result.ok) {
        setFailure({ code: result.code, params: result.params });
        return;
      }
      const d = result.data;
      onRestored({ text: d.text, state: d.state, version: d.version, updatedAt: d.updatedAt, origin: "human" }, d);
    });
  }

  useEffect(() => {
    let live = true;
    void loadHistory({ translationId }).then((r) => {
      if (!live) return;
      if (r.ok) setEntries(r.data);
      else setFailure({ code: r.code });
    });
    return () => {
      live = false;
    };
  }, [translationId, version]);

  if (failure && !entries)
    return (
      <section className="panel">
        <ErrorMessage code={failure.code} />
      </section>
    );
  if (!entries)
    return (
      <section className="panel" aria-busy="true">
        <p className="muted small">{t("loading")}</p>
      </section>
    );
  return (
    <section className="panel history" aria-label={t("history")}>
      {entries.length === 0 ? (
        <p className="muted small">{t("noHistory")}</p>
      ) : (
        <ol>
          {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
          {entries.map((e, i) => {
            const previous = entries[i + 1];
            return (
              <li key={e.version}>
                <div className="history-meta small">
                  <StateBadge state={e.state as TranslationState} />
                  <span>
                    {e.action === "restore" && e.reason
                      ? t("restoredFrom", { version: e.reason })
                      : t(`actions.${e.action}` as never)}
                  </span>
                  <span>{e.author ?? t("system")}</span>
                  <time dateTime={e.createdAt}>
                    {format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  <span className="muted">v{e.version}</span>
                </div>
                {e.reason && e.action !== "restore" ? (
                  <p className="small">
                    <strong>{t("reason")}</strong> {e.reason}
                  </p>
                ) : null}
                {previous && previous.text !== e.text ? (
                  <DiffView parts={diffWords(previous.text, e.text)} lang={lang} />
                ) : (
                  <p className="quote" lang={lang}>
                    {e.text}
                  </p>
                )}
                {editor.permissions.edit && i > 0 && e.text && e.text !== entries[0]?.text ? (
                  <button
                    type="button"
                    className="button small"
                    disabled={restoring}
                    onClick={() => restore(e.version)}
                    aria-label={`${t("restoreButton")} (v${e.version})`}
                  >
                    {t("restoreButton")}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
