// The panels under a cell and what they are given: a module of its own so that the panels (reason form)
// and the cell that opens them share the types without importing each other.
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ConflictDetails, StepResult } from "@/lib/review/types";

export type Panel = "diff" | "history" | "comments" | "reject" | "conflict" | "override";

export type PanelProps = {
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
