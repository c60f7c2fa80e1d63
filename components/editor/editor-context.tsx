"use client";
import { createContext, useContext } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { TargetLang } from "@/lib/vocabulary";

export type EditorPermissions = { edit: boolean; approve: boolean; machine?: boolean };

export type EditorApi = {
  permissions: EditorPermissions;
  /** Unsaved drafts of cells scrolled out of view, so virtualisation never drops typed text. */
  stash: Map<string, string>;
  update: (segmentId: string, lang: TargetLang, patch: Partial<EditorTranslation>) => void;
  move: (segmentId: string, lang: TargetLang, delta: 1 | -1) => void;
  /** Ctrl+Enter: on to the next segment that still needs work (lib/review/next-open.ts). */
  next: (segmentId: string, lang: TargetLang) => void;
  /** Back to a cell (a confirm that failed to save): scrolled into view and focused. */
  focus: (segmentId: string, lang: TargetLang) => void;
  setActive: (segmentId: string, lang: TargetLang) => void;
  me: string;
};

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error("useEditor outside <Editor>");
  return api;
}
