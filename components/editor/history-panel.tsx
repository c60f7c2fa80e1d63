"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/review/server/load-history";
import { diffWords } from "@/lib/review/diff";
import { loadHistory } from "@/lib/review/server/session-actions";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { StateBadge } from "./state-badge";
import type { TranslationState } from "@/lib/review/workflow";

/** Who changed what, when, with which state and reason; each revision diffed against the one before. */
export function HistoryPanel({
  translationId,
  lang,
  version,
}: {
  translationId: string;
  lang: string;
  version: number;
}) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadHistory({ translationId }).then((r) => {
      if (!live) return;
      if (r.ok) setEntries(r.data);
      else setFailure(r.code);
    });
    return () => {
      live = false;
    };
  }, [translationId, version]);

  if (failure)
    return (
      <section className="panel">
        <ErrorMessage code={failure} />
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
          {entries.map((e, i) => {
            const previous = entries[i + 1];
            return (
              <li key={e.version}>
                <div className="history-meta small">
                  <StateBadge state={e.state as TranslationState} />
                  <span>{t(`actions.${e.action}` as never)}</span>
                  <span>{e.author ?? t("system")}</span>
                  <time dateTime={e.createdAt}>
                    {format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  <span className="muted">v{e.version}</span>
                </div>
                {e.reason ? (
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
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
