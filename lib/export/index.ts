// Entry point of the pure export formats: renderExport picks the writer for a format. The service layer
// loads the snapshot and streams the body; nothing here does I/O.
import { AppError } from "@/lib/errors";
import { renderHtml } from "./formats/html";
import { renderJson } from "./formats/json";
import { renderMarkdown } from "./formats/markdown";
import { renderText } from "./formats/text";
import { renderTmx } from "./formats/tmx";
import { renderXliff12 } from "./formats/xliff12";
import { renderXliff21 } from "./formats/xliff21";
import { isDraft } from "./labels";
import type { RenderOptions } from "./lang-tags";
import { type ExportDocument, type ExportFormat, isExportFormat, type RenderedExport } from "./types";
import { TOKEN } from "./xliff-inline";

export * from "./types";
export { SOURCE_TAG, targetTag, type EnglishTag, type RenderOptions } from "./lang-tags";
export { parseXliff, XLIFF_MAX_BYTES } from "./xliff-import";
export { planXliffImport } from "./xliff-apply";

const WRITERS: Record<
  ExportFormat,
  { render: (doc: ExportDocument, options: RenderOptions) => string; contentType: string; extension: string }
> = {
  html: { render: renderHtml, contentType: "text/html; charset=utf-8", extension: "html" },
  markdown: { render: renderMarkdown, contentType: "text/markdown; charset=utf-8", extension: "md" },
  text: { render: renderText, contentType: "text/plain; charset=utf-8", extension: "txt" },
  json: { render: renderJson, contentType: "application/json; charset=utf-8", extension: "json" },
  xliff21: { render: renderXliff21, contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" },
  xliff12: { render: renderXliff12, contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" },
  tmx: { render: renderTmx, contentType: "application/x-tmx+xml; charset=utf-8", extension: "tmx" },
};

export function renderExport(doc: ExportDocument, format: ExportFormat, options: RenderOptions = {}): RenderedExport {
  // The format usually comes from a URL parameter; a bad one is a client error, not a crash.
  if (!isExportFormat(format)) throw new AppError("EXPORT_UNKNOWN_FORMAT", { format: String(format) });
  const writer = WRITERS[format];
  // Inline-code tokens (⟦1⟧ …) mean something only to a CAT tool: XLIFF writes them back as codes, every
  // other format (a published page, the CMS's JSON, a memory) gets the plain text.
  const plain = format === "xliff12" || format === "xliff21" ? doc : withoutTokens(doc);
  return { body: writer.render(plain, options), contentType: writer.contentType, extension: writer.extension };
}

/** File name for a download: article, language, version (or "draft"); the two XLIFF flavours differ. */
export function exportFilename(doc: ExportDocument, format: ExportFormat): string {
  const safeId = doc.articleId.replace(/[^A-Za-z0-9_-]/g, "_");
  const version = isDraft(doc) || doc.version === null ? "draft" : `v${doc.version}`;
  const flavour = format === "xliff12" ? "-xliff12" : "";
  return `${safeId}-${doc.lang}-${version}${flavour}.${WRITERS[format].extension}`;
}

function withoutTokens(doc: ExportDocument): ExportDocument {
  const strip = (text: string) => (text.includes("⟦") ? text.replace(TOKEN, "") : text);
  return {
    ...doc,
    title: strip(doc.title),
    segments: doc.segments.map((s) => ({ ...s, source: strip(s.source), target: strip(s.target) })),
  };
}
