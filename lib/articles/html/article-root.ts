// Readability scores paragraphs; on a page whose article is one bare <div> of text (a paywall preview)
// it picks the best-written block elsewhere, e.g. a list of teasers. The page's own article element —
// the <article> around the headline, or the element marked as the article body — corrects that.
import { readBlocks, type Block } from "./blocks";
import { classifyBlock } from "./rules";

const BODY_SELECTOR = '[itemprop="articleBody"], [class~="fck_detail"], [id="main-detail-body"]';

function articleRoot(document: Document, heading: Element | null): Element | null {
  const marked = document.querySelector(BODY_SELECTOR);
  if (marked) return marked;
  return heading?.closest("article") ?? null;
}

const bodyChars = (blocks: Block[]) =>
  blocks.filter((b) => b.role !== "heading" && classifyBlock(b) === "body").reduce((n, b) => n + b.text.length, 0);

/**
 * Readability's blocks, without those outside the article element when most of its text is inside;
 * the article element's own blocks (after the headline) when Readability found nothing inside it.
 */
export function withinArticle(document: Document, heading: Element | null, blocks: Block[]): Block[] {
  const root = articleRoot(document, heading);
  if (!root) return blocks;
  const rootBlocks = readBlocks(root);
  const inRoot = new Set(rootBlocks.map((b) => b.text));
  const kept = blocks.filter((b) => inRoot.has(b.text));
  if (bodyChars(kept) >= bodyChars(blocks) / 2) return kept;
  if (bodyChars(kept) > 0) return blocks;
  const titleAt = heading ? rootBlocks.findIndex((b) => b.text === readBlocks(heading)[0]?.text) : -1;
  const after = rootBlocks.slice(titleAt + 1);
  return bodyChars(after) > 0 ? after : blocks;
}
