"use client";
import { useRef, useState } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ConflictDetails, StepResult } from "@/lib/review/types";
import { approveTranslation } from "@/lib/review/server/session-actions";
import type { Panel } from "./panel-types";
import { approvedPatch } from "./review-buttons";
import type { useCellSave } from "./use-cell-save";

type Args = {
  translationId: string;
  cell: ReturnType<typeof useCellSave>;
  /** Flushes the cell's pending save; the version to approve, or null when that save failed. */
  settle: () => Promise<number | null>;
  onReviewed: (patch: Partial<EditorTranslation>, result?: StepResult) => void;
  setPanel: (panel: Panel | null) => void;
};

/** Approve the saved text; blocking errors open the override form instead. */
export function useApprove({ translationId, cell, settle, onReviewed, setPanel }: Args) {
  const [approving, setApproving] = useState(false);
  const approvingNow = useRef(false);

  async function approve(): Promise<boolean> {
    if (approvingNow.current) return false; // a second key press while the first approval is on its way
    approvingNow.current = true;
    setApproving(true);
    try {
      const version = await settle();
      if (version === null) return false;
      const result = await approveTranslation({ translationId, expectedVersion: version });
      if (result.ok) {
        cell.setFailure(null);
        onReviewed(approvedPatch(result.data), result.data);
        return true;
      }
      if (result.code === "REVIEW_BLOCKING_ISSUES") {
        cell.setFailure(null);
        setPanel("override");
      } else if (result.code === "TRANSLATION_CONFLICT") cell.showConflict(result.details as ConflictDetails);
      else cell.setFailure(result);
      return false;
    } finally {
      approvingNow.current = false;
      setApproving(false);
    }
  }

  return { approve, approving };
}
