"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ConflictDetails } from "@/lib/review/types";
import { diffWords } from "@/lib/review/diff";
import { approveTranslation, rejectTranslation } from "@/app/(workbench)/articles/[articleId]/actions";
import type { StepResult } from "@/lib/review/types";
import { approvedPatch } from "./review-buttons";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { HistoryPanel } from "./history-panel";
import { DiffPanel } from "./diff-panel";
import { CommentsPanel } from "./comments-panel";

export type Panel = "diff" | "history" | "comments" | "reject" | "conflict" | "override";

type Props = {
  panel: Panel | null;
  close: () => void;
  translation: EditorTranslation;
  draft: string;
  lang: string;
  conflict: ConflictDetails | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  settle: () => Promise<number | null>;
  onReviewed: (patch: Partial<EditorTranslation>, result?: StepResult) => void;
  segmentId: string;
  onCommentCount: (n: number) => void;
};

export function CellPanels(p: Props) {
  const t = useTranslations("editor");
  if (!p.panel) return null;
  if (p.panel === "conflict" && p.conflict) {
    return (
      <section className="panel conflict" role="alertdialog" aria-label={t("conflict.title")}>
        <p>
          <strong>{t("conflict.title")}</strong> {t("conflict.body", { name: p.conflict.updatedBy ?? "?" })}
        </p>
        <p className="small muted">{t("conflict.theirs")}</p>
        <p className="quote" lang={p.lang}>
          {p.conflict.text}
        </p>
        <p className="small muted">{t("conflict.diff")}</p>
        <DiffView parts={diffWords(p.conflict.text, p.draft)} lang={p.lang} />
        <div className="actions">
          <button type="button" className="button primary" onClick={p.onKeepMine}>
            {t("conflict.keepMine")}
          </button>
          <button type="button" className="button" onClick={p.onTakeTheirs}>
            {t("conflict.takeTheirs")}
          </button>
        </div>
      </section>
    );
  }
  if (p.panel === "diff") return <DiffPanel translation={p.translation} draft={p.draft} lang={p.lang} />;
  if (p.panel === "history")
    return (
      <HistoryPanel
        translationId={p.translation.id}
        lang={p.lang}
        version={p.translation.version}
        settle={p.settle}
        onRestored={p.onReviewed}
      />
    );
  if (p.panel === "comments")
    return <CommentsPanel segmentId={p.segmentId} lang={p.translation.lang} onCount={p.onCommentCount} />;
  if (p.panel === "reject") return <ReasonForm {...p} kind="reject" />;
  if (p.panel === "override") return <ReasonForm {...p} kind="override" />;
  return null;
}

/** Reject (reason required) or approve despite blocking errors (reason recorded on the revision). */
function ReasonForm({ translation, settle, onReviewed, close, kind }: Props & { kind: "reject" | "override" }) {
  const t = useTranslations("editor");
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const version = await settle();
      if (version === null) return;
      if (kind === "reject") {
        const result = await rejectTranslation({ translationId: translation.id, expectedVersion: version, reason });
        if (result.ok)
          onReviewed(
            {
              state: result.data.state,
              version: result.data.version,
              updatedAt: result.data.updatedAt,
              rejectReason: reason.trim(),
            },
            result.data,
          );
        else setFailure(result);
      } else {
        if (!reason.trim()) {
          setFailure({ code: "REVIEW_OVERRIDE_REASON_REQUIRED" });
          return;
        }
        const result = await approveTranslation({
          translationId: translation.id,
          expectedVersion: version,
          overrideReason: reason,
        });
        if (result.ok) onReviewed(approvedPatch(result.data), result.data);
        else setFailure(result);
      }
    });
  return (
    <form
      className={`panel ${kind === "reject" ? "reject-form" : "override-form"}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {kind === "override" ? (
        <p>
          <strong>{t("override.title", { count: translation.errorCount })}</strong> {t("override.body")}
        </p>
      ) : null}
      <label className="field">
        <span>{kind === "reject" ? t("rejectReason") : t("override.reason")}</span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close();
            }
          }}
        />
      </label>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      <div className="actions">
        <button type="submit" className={kind === "reject" ? "button danger" : "button primary"} disabled={pending}>
          {kind === "reject" ? t("rejectSubmit") : t("override.submit")}
        </button>
        <button type="button" className="button ghost" onClick={close}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
