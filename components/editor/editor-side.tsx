"use client";
import type { EditorSegment } from "@/lib/articles/editor-types";
import type { QaSeverityGroup } from "@/lib/quality/qa-groups";
import type { TargetLang } from "@/lib/vocabulary";
import { QaPanel } from "./qa-panel";
import { SuggestionsPanel } from "./suggestions-panel";
import type { useQaPanel } from "./use-qa-panel";

type Props = {
  active: { segmentId: string; lang: TargetLang } | null;
  segments: EditorSegment[];
  qa: ReturnType<typeof useQaPanel>;
  issues: QaSeverityGroup[];
  issueCount: number;
};

/** Beside the grid on wide screens, above it on narrow ones: the QA panel (when open) and the suggestions. */
export function EditorSide({ active, segments, qa, issues, issueCount }: Props) {
  const position = active ? (segments.find((s) => s.id === active.segmentId)?.position ?? null) : null;
  return (
    <div className="editor-side">
      {qa.open ? (
        <QaPanel
          groups={issues}
          total={issueCount}
          focusRequest={qa.focusRequest}
          onJump={qa.jump}
          onClose={qa.close}
        />
      ) : null}
      <SuggestionsPanel active={active} position={position} />
    </div>
  );
}
