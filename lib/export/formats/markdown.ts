// Markdown export (CommonMark): title as "# ", lead in bold, captions in italics, source line with an
// autolink. Text is backslash-escaped so a segment can never produce markup (or raw HTML) by accident.
import { type Block, toBlocks } from "../blocks";
import { draftNote, isDraft, sourceLabel } from "../labels";
import { splitUrls, xmlSafe } from "../text";
import type { ExportDocument } from "../types";

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start or
// delimit markup inside a line (emphasis, links, code, raw HTML, entities, tables).
export function escapeMarkdown(text: string): string {
  const inlineEscaped = xmlSafe(text)
    .replace(/\s+/gu, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
  // Block markers only matter at the start of a line: headings, quotes, lists, ordered lists.
  return inlineEscaped.replace(/^([#>+-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

function sourceLine(block: Block, doc: ExportDocument): string {
  const pieces = splitUrls(block.text);
  const bare = pieces.every((p) => p.url || p.text.trim() === "");
  // Autolinks cannot contain "<", ">" or spaces; splitUrls never yields those inside a URL.
  const text = pieces.map((p) => (p.url ? `<${p.text}>` : escapeMarkdown(p.text))).join("");
  return bare ? `${escapeMarkdown(sourceLabel(doc))}: ${text}` : text;
}

function renderBlock(block: Block, doc: ExportDocument): string {
  const text = escapeMarkdown(block.text);
  switch (block.kind) {
    case "title":
      return `# ${text}`;
    case "lead":
      return `**${text}**`;
    case "body":
      return text;
    case "caption":
      return `*${text}*`;
    case "byline":
      return text;
    case "source":
      return sourceLine(block, doc);
  }
}

export function renderMarkdown(doc: ExportDocument): string {
  const blocks = toBlocks(doc);
  const out = blocks.map((b) => renderBlock(b, doc));
  if (isDraft(doc)) out.unshift(`> **${escapeMarkdown(draftNote(doc))}**`);
  return `${out.join("\n\n")}\n`;
}
