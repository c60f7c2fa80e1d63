"use client";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { Panel } from "./panel-types";
import { useEditor } from "./editor-context";
import { ReviewButtons } from "./review-buttons";
import { StateBadge } from "./state-badge";
import { PresenceBadges } from "./presence-badges";
import type { SaveStatus } from "./use-cell-save";
import { fuzzyPercent } from "@/lib/translation/memory-fill";

// The panels a cell opens from its head; the others (reject, override, conflict) open from an action.
const TOGGLES = ["diff", "history", "comments"] as const;

type Props = {
  translation: EditorTranslation;
  segmentId: string;
  dirty: boolean;
  status: SaveStatus;
  panel: Panel | null;
  setPanel: (panel: Panel | null) => void;
  approving: boolean;
  onApprove: () => void;
};

/** A translation cell's first line: state, issue counts, save status, the panel toggles and the review buttons. */
export function CellHead({ translation, segmentId, dirty, status, panel, setPanel, approving, onApprove }: Props) {
  const t = useTranslations("editor");
  const canApprove = useEditor().permissions.approve;
  return (
    <div className="cell-head">
      <StateBadge state={translation.state} />
      <PresenceBadges segmentId={segmentId} lang={translation.lang} />
      {translation.fuzzyScore !== null ? (
        <span className="badge fuzzy">{t("memoryFill.fuzzy", { percent: fuzzyPercent(translation.fuzzyScore) })}</span>
      ) : null}
      {translation.errorCount ? (
        <span className="badge issue-error">{t("errors", { count: translation.errorCount })}</span>
      ) : null}
      {translation.warningCount ? (
        <span className="badge issue-warning">{t("warnings", { count: translation.warningCount })}</span>
      ) : null}
      <span className={status === "error" ? "save-status failed" : "save-status"} aria-live="polite">
        {status === "error"
          ? t("notSaved")
          : dirty && status !== "saving"
            ? t("unsaved")
            : status === "saving"
              ? t("saving")
              : status === "saved"
                ? t("saved")
                : ""}
      </span>
      <span className="cell-tools">
        {TOGGLES.map((name) => (
          <button
            key={name}
            type="button"
            className="tool"
            aria-pressed={panel === name}
            onClick={() => setPanel(panel === name ? null : name)}
          >
            {name === "comments" ? t("comments.button") : t(name)}
            {name === "comments" && translation.commentCount ? ` (${translation.commentCount})` : ""}
          </button>
        ))}
        {canApprove ? (
          <ReviewButtons
            translation={translation}
            pending={approving}
            onApprove={onApprove}
            onReject={() => setPanel("reject")}
          />
        ) : null}
      </span>
    </div>
  );
}
