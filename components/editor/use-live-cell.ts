"use client";
import { useCallback, useEffect } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { TargetLang } from "@/lib/vocabulary";
import { useEditor } from "./editor-context";
import { useLive } from "./live-context";
import type { useCellSave } from "./use-cell-save";

type Options = {
  translation: EditorTranslation;
  segmentId: string;
  lang: TargetLang;
  cell: ReturnType<typeof useCellSave>;
  setDraft: (text: string) => void;
};

/**
 * A cell and the live channel: someone else's change to it while I have unsaved text is shown as a
 * conflict (their text, the diff, the choice), and forgotten once the cell reached that version (I kept
 * mine and it saved over theirs, or I took theirs). "Use their version" is the same for both kinds.
 */
export function useLiveCell({ translation, segmentId, lang, cell, setDraft }: Options) {
  const editor = useEditor();
  const live = useLive();
  const held = live.held.get(translation.id);
  const { showConflict, conflict } = cell;

  useEffect(() => {
    if (!held) return;
    if (translation.version >= held.details.version) live.release(translation.id);
    else if (conflict?.version !== held.details.version) showConflict(held.details);
  }, [held, translation.version, translation.id, conflict?.version, showConflict, live]);

  const takeTheirs = useCallback(() => {
    if (!cell.conflict) return;
    const c = cell.conflict;
    cell.acceptVersion(c.text, c.version);
    const fromLive = held?.details.version === c.version ? held.patch : {};
    editor.update(segmentId, lang, {
      ...fromLive,
      text: c.text,
      state: c.state,
      version: c.version,
      updatedAt: c.updatedAt,
      updatedBy: c.updatedBy,
    });
    setDraft(c.text);
  }, [cell, held, editor, segmentId, lang, setDraft]);

  return { takeTheirs };
}
