// Plain-text export: one block per paragraph, blank lines between, nothing escaped (there is no markup
// to break) but control characters and stray whitespace removed so the file is clean UTF-8 text.
import { toBlocks } from "../blocks";
import { draftNote, isDraft, sourceLabel } from "../labels";
import { splitUrls, xmlSafe } from "../text";
import type { ExportDocument } from "../types";

export function renderText(doc: ExportDocument): string {
  const lines: string[] = [];
  if (isDraft(doc)) lines.push(`*** ${draftNote(doc)} ***`);
  for (const block of toBlocks(doc)) {
    const text = xmlSafe(block.text).replace(/\s+/gu, " ").trim();
    const bareUrl = block.kind === "source" && splitUrls(text).every((p) => p.url || p.text.trim() === "");
    lines.push(bareUrl ? `${sourceLabel(doc)}: ${text}` : text);
  }
  return `${lines.join("\n\n")}\n`;
}
