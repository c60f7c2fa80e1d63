// The reading structure of an article, shared by HTML, Markdown, plain text and JSON: segments grouped
// into blocks (title, lead, paragraphs, figures, byline, source line), in document order.
import type { SegmentKind } from "@/lib/vocabulary";
import type { ExportDocument, ExportSegment } from "./types";

export type BlockKind = Exclude<SegmentKind, "boilerplate">;

/** One sentence of a block: the text to show; `untranslated` = a translatable segment shown in Vietnamese. */
export type BlockPart = { segmentId: string; text: string; untranslated: boolean };
export type Block = { kind: BlockKind; paragraph: number; parts: BlockPart[]; text: string };

/**
 * Text a reader sees for a segment. Untranslatable segments (byline, source line) keep the source by
 * definition; a translatable segment without a target can only occur in a draft export, where showing
 * the Vietnamese (marked as such) is more useful than a hole.
 */
export function displayText(segment: ExportSegment): BlockPart {
  const untranslated = segment.translatable && segment.target.trim() === "";
  const text = segment.translatable && !untranslated ? segment.target : segment.source;
  return { segmentId: segment.id, text: text.normalize("NFC").trim(), untranslated };
}

/**
 * Consecutive segments of the same kind and paragraph number form one block (sentences joined with a
 * space). Boilerplate (ad markers, comment counters) is never part of the reading text.
 */
export function toBlocks(doc: ExportDocument): Block[] {
  const ordered = [...doc.segments].sort((a, b) => a.position - b.position);
  const blocks: Block[] = [];
  for (const segment of ordered) {
    if (segment.kind === "boilerplate") continue;
    const part = displayText(segment);
    if (part.text === "") continue;
    const last = blocks.at(-1);
    if (last && last.kind === segment.kind && last.paragraph === segment.paragraph) {
      last.parts.push(part);
      last.text = `${last.text} ${part.text}`;
    } else {
      blocks.push({ kind: segment.kind, paragraph: segment.paragraph, parts: [part], text: part.text });
    }
  }
  return addMetadataBlocks(doc, blocks);
}

// A document whose segments carry no title / byline / source line still gets them from the article
// record, so every export names its article and credits its source.
function addMetadataBlocks(doc: ExportDocument, blocks: Block[]): Block[] {
  const has = (kind: BlockKind) => blocks.some((b) => b.kind === kind);
  const meta = (kind: BlockKind, text: string): Block => ({
    kind,
    paragraph: -1,
    parts: [{ segmentId: "", text, untranslated: false }],
    text,
  });
  const result = [...blocks];
  if (!has("title") && doc.title.trim()) result.unshift(meta("title", doc.title.normalize("NFC").trim()));
  if (!has("byline") && doc.byline?.trim()) result.push(meta("byline", doc.byline.normalize("NFC").trim()));
  if (!has("source") && doc.sourceUrl?.trim()) result.push(meta("source", doc.sourceUrl.trim()));
  return result;
}

/** Title for <title> and document headers: the translated title block, else the article record. */
export function documentTitle(doc: ExportDocument, blocks: Block[]): string {
  return blocks.find((b) => b.kind === "title")?.text ?? doc.title;
}
