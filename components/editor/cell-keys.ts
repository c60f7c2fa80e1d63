import type { KeyboardEvent } from "react";
import type { EditorSegment, EditorTranslation } from "@/lib/articles/editor-types";
import type { Panel } from "./panel-types";
import type { useEditor } from "./editor-context";
import type { useCellSave } from "./use-cell-save";
import type { TargetLang } from "@/lib/vocabulary";

type Cell = {
  editor: ReturnType<typeof useEditor>;
  segment: EditorSegment;
  lang: TargetLang;
  translation: EditorTranslation;
  cell: ReturnType<typeof useCellSave>;
  draft: string;
  setDraft: (text: string) => void;
  panel: Panel | null;
  setPanel: (panel: Panel | null) => void;
  approve: () => Promise<boolean>;
};

/**
 * The editor is keyboard first: Ctrl+Shift+Enter approves and moves on, Ctrl+Enter confirms and goes to the next open segment,
 * Alt+Up/Down move, Esc closes a panel or drops the draft, Ctrl+Shift+C copies the source, Ctrl+S saves.
 */
export function cellKeyDown(e: KeyboardEvent<HTMLTextAreaElement>, c: Cell) {
  const { editor, segment, lang, translation, cell, draft, setDraft, panel, setPanel, approve } = c;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.shiftKey && e.key === "Enter" && editor.permissions.approve) {
    // Review queue: approve and go on; stay when the approval was refused, to show why.
    e.preventDefault();
    void approve().then((ok) => {
      if (ok) editor.move(segment.id, lang, 1);
    });
  } else if (mod && e.key === "Enter") {
    e.preventDefault();
    // On at once to the next segment that still needs work (lib/review/next-open.ts): waiting for the server
    // would let the next keystrokes land in this cell. A save that fails brings the cursor back here, to its
    // message and its kept text: never silently past unsaved work.
    // The confirm is queued before the cursor leaves, so the blur save that follows finds it done.
    const saved = cell.save(draft, true);
    editor.next(segment.id, lang);
    void saved.then((ok) => {
      if (!ok) editor.focus(segment.id, lang);
    });
  } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
    e.preventDefault();
    editor.move(segment.id, lang, e.key === "ArrowDown" ? 1 : -1);
  } else if (e.key === "Escape") {
    e.preventDefault();
    if (cell.conflict) return; // a conflict is resolved by choosing a version, never by throwing text away
    if (panel) setPanel(null);
    else {
      setDraft(translation.text);
      cell.acceptVersion(translation.text, translation.version); // nothing left unsaved: no failure to show
    }
  } else if (mod && e.shiftKey && e.key.toLowerCase() === "c") {
    e.preventDefault();
    setDraft(segment.source);
  } else if (mod && e.key.toLowerCase() === "s") {
    e.preventDefault();
    void cell.save(draft, false);
  }
}
