// A saved web page → an article (lib/articles/html/extract.ts finds it), in the segment vocabulary of
// every other import: title, lead, body (intermediate headings are body paragraphs of their own),
// caption, source, byline. Whatever the extractor left out never becomes a segment.
import { AppError } from "@/lib/errors";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { extractArticle } from "./html/extract";
import { prepareImportText, SegmentList } from "./import-input";
import { urlIn } from "./line-kinds";
import type { ParsedArticle } from "./parsed-article";
import { splitSentences } from "./segment";
import type { SegmentKind } from "@/lib/vocabulary";

// Control characters are markup residue here (the file itself is a page), not a reason to refuse it.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

export function parseHtml(content: string): ParsedArticle {
  const article = extractArticle(prepareImportText(content));
  const body = article.parts.filter((p) => p.kind === "body" || p.kind === "heading");
  if (!article.title || body.length === 0) throw new AppError("IMPORT_HTML_NO_ARTICLE");
  const segments = new SegmentList();
  let paragraph = 0;
  const add = (kind: SegmentKind, raw: string, split: boolean) => {
    const text = raw.replace(CONTROL, "");
    for (const sentence of split ? splitSentences(text) : [text]) {
      if (sentence.length > MAX_SEGMENT_TEXT) {
        throw new AppError("IMPORT_PARAGRAPH_TOO_LONG", {
          paragraph,
          limit: MAX_SEGMENT_TEXT,
          actual: sentence.length,
        });
      }
      segments.add({ paragraph, kind, text: sentence });
    }
    paragraph++;
  };
  add("title", article.title, false);
  if (article.lead) add("lead", article.lead, true);
  let sourceUrl = article.sourceUrl;
  for (const part of article.parts) {
    if (part.kind === "heading") add("body", part.text, false);
    else if (part.kind === "source") {
      sourceUrl ??= urlIn(part.text);
      add("source", part.text, false);
    } else add(part.kind, part.text, true);
  }
  if (article.byline) add("byline", article.byline, false);
  return { title: article.title, sourceUrl, byline: article.byline, segments: segments.segments };
}
