"use client";
import type { PanelProps } from "./panel-types";
import { ConflictPanel } from "./conflict-panel";
import { ReasonForm } from "./reason-form";
import { HistoryPanel } from "./history-panel";
import { DiffPanel } from "./diff-panel";
import { CommentsPanel } from "./comments-panel";

export function CellPanels(p: PanelProps) {
  if (!p.panel) return null;
  if (p.panel === "conflict" && p.conflict)
    return (
      <ConflictPanel
        conflict={p.conflict}
        draft={p.draft}
        lang={p.lang}
        onKeepMine={p.onKeepMine}
        onTakeTheirs={p.onTakeTheirs}
      />
    );
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
