"use client";
import { useFormatter, useTranslations } from "next-intl";
import { diffWords } from "@/lib/review/diff";
import { loadHistory, restoreRevision } from "@/lib/review/server/session-actions";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { StepResult } from "@/lib/review/types";
import { useEditor } from "./editor-context";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { useLoad } from "@/components/ui/use-load";
import type { ActionResult } from "@/lib/action";
import { StateBadge } from "./state-badge";

// The revision actions (Revision.action) that have words in messages/*/editor.json "actions".
const ACTIONS = [
  "import",
  "machine",
  "save",
  "confirm",
  "approve",
  "reject",
  "override",
  "tm",
  "xliff",
  "restore",
  "repeat",
  "source",
] as const;

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
  const history = useLoad(loadHistory, { translationId }, `${translationId}:${version}`);
  // The pending save goes first (settle); null: it failed, and the cell already says why.
  const restoreFrom = async (from: number): Promise<ActionResult<StepResult | null>> => {
    const expectedVersion = await settle();
    if (expectedVersion === null) return { ok: true, data: null };
    return restoreRevision({ translationId, version: from, expectedVersion });
  };
  const restoring = useAction(restoreFrom, {
    onSuccess: (d) => {
      if (d)
        onRestored({ text: d.text, state: d.state, version: d.version, updatedAt: d.updatedAt, origin: "human" }, d);
    },
  });
  const entries = history.data;
  const actionLabel = (action: string) => {
    const known = ACTIONS.find((a) => a === action); // typed without a cast; an unknown action shows as stored
    return known ? t(`actions.${known}`) : action;
  };
  const failure = history.failure ?? restoring.failure;

  if (failure && !entries)
    return (
      <section className="panel">
        <ErrorMessage code={failure.code} params={failure.params} />
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
                  <StateBadge state={e.state} />
                  <span>
                    {e.action === "restore" && e.reason
                      ? t("restoredFrom", { version: e.reason })
                      : actionLabel(e.action)}
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
                    disabled={restoring.pending}
                    onClick={() => restoring.run(e.version)}
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
