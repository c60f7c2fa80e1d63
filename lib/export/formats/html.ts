// HTML export: a complete, standalone HTML5 document. Written by hand rather than with xmlbuilder2
// because HTML is not XML (no XML declaration, void <meta>); every piece of text goes through escapeHtml,
// so a "<script>" inside a segment stays visible text.
import { type Block, type BlockPart, documentTitle, toBlocks } from "../blocks";
import { draftNote, isDraft, sourceLabel } from "../labels";
import { escapeHtml, splitUrls } from "../text";
import type { ExportDocument } from "../types";

// Sentences still in Vietnamese (draft only) carry lang="vi" so screen readers and spell checkers
// treat them correctly, and a class so a CMS preview can highlight them.
function inline(parts: BlockPart[]): string {
  return parts
    .map((p) =>
      p.untranslated ? `<span lang="vi" class="untranslated">${escapeHtml(p.text)}</span>` : escapeHtml(p.text),
    )
    .join(" ");
}

function linkified(text: string): string {
  return splitUrls(text)
    .map((piece) =>
      piece.url
        ? `<a href="${escapeHtml(piece.text)}" rel="nofollow noopener">${escapeHtml(piece.text)}</a>`
        : escapeHtml(piece.text),
    )
    .join("");
}

function renderBlock(block: Block, doc: ExportDocument): string {
  switch (block.kind) {
    case "title":
      return `<h1>${inline(block.parts)}</h1>`;
    case "lead":
      return `<p class="lead">${inline(block.parts)}</p>`;
    case "body":
      return `<p>${inline(block.parts)}</p>`;
    case "caption":
      return `<figure><figcaption>${inline(block.parts)}</figcaption></figure>`;
    case "byline":
      return `<p class="byline">${inline(block.parts)}</p>`;
    case "source": {
      // A bare URL (from the article record) gets a label; a scraped "Nguồn: https://…" line already has one.
      const bare = splitUrls(block.text).every((p) => p.url || p.text.trim() === "");
      const label = bare ? `${escapeHtml(sourceLabel(doc))}: ` : "";
      return `<footer><p class="source">${label}${linkified(block.text)}</p></footer>`;
    }
  }
}

export function renderHtml(doc: ExportDocument): string {
  const blocks = toBlocks(doc);
  const draft = isDraft(doc);
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(documentTitle(doc, blocks))}</title>`,
    `<meta name="duyet-article" content="${escapeHtml(doc.articleId)}">`,
    `<meta name="duyet-status" content="${draft ? "draft" : "published"}">`,
    ...(doc.version !== null ? [`<meta name="duyet-version" content="${doc.version}">`] : []),
    ...(doc.publishedAt ? [`<meta name="dcterms.issued" content="${escapeHtml(doc.publishedAt)}">`] : []),
  ];
  // "--" cannot occur inside a comment and the article id is not ours: escape it like text.
  const banner = draft ? [`<!-- ${escapeHtml(draftNote(doc)).replace(/--/g, "- -")} -->`] : [];
  // Document order is kept: bylines and source lines sit where the newsroom put them.
  const body = blocks.map((b) => renderBlock(b, doc));
  const lines = [
    "<!DOCTYPE html>",
    ...banner,
    `<html lang="${doc.lang}">`,
    "<head>",
    ...head.map((l) => `  ${l}`),
    "</head>",
    "<body>",
    "<article>",
    ...body,
    "</article>",
    "</body>",
    "</html>",
    "",
  ];
  return lines.join("\n");
}
