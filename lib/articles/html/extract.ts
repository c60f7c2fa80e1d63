// A saved news page → its article: Readability (Mozilla's maintained extractor, the one behind Firefox
// Reader View) finds the article element; our rules then sort its blocks and fill in what Readability
// leaves to the page's metadata (title, lead, byline, source URL).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readBlocks, type Block } from "./blocks";
import { bylineNearTitle, findByline, findLead, findTitle, isSiteName } from "./page-parts";
import { withinArticle } from "./article-root";
import { isBylineLine } from "../line-kinds";
import { readMetadata } from "./metadata";
import { withPageCaptions } from "./page-captions";
import { headingStandfirst, paragraphStandfirst } from "./standfirst";
import { classifyBlock, bylineName, type BlockKind } from "./rules";

export type ExtractedPart = { kind: Exclude<BlockKind, "drop"> | "heading"; text: string };
export type ExtractedArticle = {
  title: string | null;
  lead: string | null;
  /** Body paragraphs, headings, captions, source lines in reading order. */
  parts: ExtractedPart[];
  byline: string | null;
  sourceUrl: string | null;
};

const HTTP_URL = /^https?:\/\/[^\s<>"]+$/iu;
// Removed before anything reads the page, so their text can never reach a segment.
const NEVER_TEXT = "script:not([type='application/ld+json']), style, noscript, template, iframe, object, embed, svg";

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function readabilityBlocks(document: Document): Block[] {
  const clone = parse(document.documentElement.outerHTML);
  const article = new Readability(clone, { keepClasses: true }).parse();
  if (!article?.content) return [];
  return readBlocks(parse(`<!doctype html><html><body>${article.content}</body></html>`).body);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// Vietnamese papers end the article with the reporter's name as a paragraph of its own ("Minh Anh"),
// the same rule as the tail of a plain-text import (line-kinds.ts).
function trailingByline(parts: ExtractedPart[]): string | null {
  const last = parts.findLastIndex((p) => p.kind === "body");
  const text = parts[last]?.text;
  if (last < 0 || text === undefined || !isBylineLine(text)) return null;
  parts.splice(last, 1);
  return bylineName(text);
}

const DANGLING_MAX = 80;

/** "Aus dem Datencenter:" or "Xem thêm:" at the very end introduces links that were left out. */
function dropDanglingIntro(parts: ExtractedPart[]): void {
  const last = parts.at(-1);
  if (last && last.kind !== "caption" && last.text.length <= DANGLING_MAX && last.text.endsWith(":")) parts.pop();
}

export function extractArticle(html: string): ExtractedArticle {
  const document = parse(html);
  const metadata = readMetadata(document);
  for (const element of document.querySelectorAll(NEVER_TEXT)) element.remove();
  const pageBlocks = readBlocks(document.body ?? document.documentElement);
  const found = readabilityBlocks(document);
  const heading = findTitle(document, found, metadata);
  const title = heading?.text ?? null;
  const blocks = withinArticle(document, heading?.element ?? null, found);
  const lead =
    headingStandfirst(pageBlocks, title) ??
    findLead(pageBlocks, blocks, metadata, title) ??
    paragraphStandfirst(pageBlocks, title);
  let parts: ExtractedPart[] = [];
  let byline = bylineNearTitle(pageBlocks, title) ?? findByline(document);
  for (const block of blocks) {
    if ((title && same(block.text, title)) || (lead && same(block.text, lead))) continue;
    const kind = classifyBlock(block);
    if (kind === "drop") continue;
    if (kind === "byline") {
      byline ??= bylineName(block.text);
      continue;
    }
    parts.push({ kind: kind === "body" && block.role === "heading" ? "heading" : kind, text: block.text });
  }
  byline ??= trailingByline(parts);
  const known = (text: string) => (title !== null && same(text, title)) || (lead !== null && same(text, lead));
  parts = withPageCaptions(pageBlocks, parts, title, (text) => ({ kind: "caption" as const, text })).filter(
    (p) => p.kind !== "caption" || !known(p.text),
  );
  dropDanglingIntro(parts);
  if (!parts.some((p) => p.kind === "body") && metadata.articleBody) {
    parts.push({ kind: "body", text: metadata.articleBody });
  }
  byline ??= metadata.author;
  if (byline && isSiteName(byline, metadata.url)) byline = null;
  const url = metadata.url && HTTP_URL.test(metadata.url) ? metadata.url : null;
  return { title, lead, parts, byline, sourceUrl: url };
}
