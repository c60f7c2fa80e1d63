// The few words an export itself writes, in the export's language (not the UI language: the file is
// read by whoever receives it, e.g. a CMS editor of the German edition).
import type { ExportDocument } from "./types";

const DRAFT_NOTE = {
  de: "ENTWURF – aktueller Bearbeitungsstand, nicht veröffentlicht",
  en: "DRAFT – current working state, not published",
} as const;

const SOURCE_LABEL = { de: "Quelle", en: "Source" } as const;

export function draftNote(doc: ExportDocument): string {
  return `${DRAFT_NOTE[doc.lang]} (${doc.articleId})`;
}

export function sourceLabel(doc: ExportDocument): string {
  return SOURCE_LABEL[doc.lang];
}

export function isDraft(doc: ExportDocument): boolean {
  return doc.status === "draft" || doc.version === null;
}
