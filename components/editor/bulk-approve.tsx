"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/articles/editor-types";
import { bulkApprovalItems, summarizeSkipped, type SkippedSummary } from "@/lib/review/bulk";
import { approveMany } from "@/app/(workbench)/articles/[articleId]/actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useEditor } from "./editor-context";
import { approvedPatch } from "./review-buttons";

type Props = {
  segments: EditorSegment[];
  visibleIds: string[];
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
};

/** Reviewers select segments (checkboxes in the rows) and approve those without open errors at once. */
export function BulkApprove({ segments, visibleIds, selected, setSelected }: Props) {
  const t = useTranslations("editor.bulk");
  const editor = useEditor();
  const [pending, start] = useTransition();
  const [report, setReport] = useState<{ approved: number; skipped: SkippedSummary } | { code: string } | null>(null);
  const { items, withErrors, rejected } = bulkApprovalItems(segments, selected);

  function run() {
    start(async () => {
      const result = await approveMany({
        items: items.map(({ translationId, expectedVersion }) => ({ translationId, expectedVersion })),
      });
      if (!result.ok) {
        setReport({ code: result.code });
        return;
      }
      for (const a of result.data.approved) {
        const item = items.find((i) => i.translationId === a.id);
        if (item) editor.update(item.segmentId, item.lang, { ...approvedPatch(a), ...a.issues[item.lang] });
      }
      setReport({ approved: result.data.approved.length, skipped: summarizeSkipped(result.data.skipped) });
      setSelected(new Set());
    });
  }

  return (
    <div className="bulk" role="group" aria-label={t("label")}>
      <button type="button" className="button small" onClick={() => setSelected(new Set(visibleIds))}>
        {t("selectShown")}
      </button>
      {selected.size ? (
        <button type="button" className="button ghost small" onClick={() => setSelected(new Set())}>
          {t("clear")}
        </button>
      ) : null}
      <button type="button" className="button primary small" disabled={pending || items.length === 0} onClick={run}>
        {t("approve", { count: items.length })}
      </button>
      {selected.size && withErrors ? <span className="small muted">{t("leftOut", { count: withErrors })}</span> : null}
      {selected.size && rejected ? (
        <span className="small muted">{t("leftOutRejected", { count: rejected })}</span>
      ) : null}
      {report && "code" in report ? <ErrorMessage code={report.code} /> : null}
      {report && "approved" in report ? (
        <span role="status" className="small">
          {t("done", { approved: report.approved })}
          {report.skipped.fourEyes ? <> {t("refusedFourEyes", { count: report.skipped.fourEyes })}</> : null}
          {report.skipped.stale ? <> {t("refusedStale", { count: report.skipped.stale })}</> : null}
          {report.skipped.rejected ? <> {t("refusedRejected", { count: report.skipped.rejected })}</> : null}
          {report.skipped.other ? <> {t("refusedOther", { count: report.skipped.other })}</> : null}
        </span>
      ) : null}
    </div>
  );
}
