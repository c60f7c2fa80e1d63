"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { GlossaryTerm } from "@/lib/translation/glossary";

// Article-level data for machine translation in the editor (the page provides it around <Editor>):
// which article, the glossary whose terms are highlighted in the source column, whether MT has a DeepL
// key, and whether this user could give it one (Admin → MT settings).
export type MtEditorData = { articleId: string; glossary: GlossaryTerm[]; configured: boolean; canConfigure: boolean };

const MtContext = createContext<MtEditorData | null>(null);

export function MtProvider({ value, children }: { value: MtEditorData; children: ReactNode }) {
  return <MtContext.Provider value={value}>{children}</MtContext.Provider>;
}

export function useMtData(): MtEditorData | null {
  return useContext(MtContext);
}
