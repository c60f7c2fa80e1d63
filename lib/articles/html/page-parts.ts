// Title, lead (sapo) and byline: parts a news page shows around the article element, where Readability
// either drops them or returns a site-specific guess.
import { normalizeText } from "../segment";
import { readBlocks, type Block } from "./blocks";
import type { PageMetadata } from "./metadata";
import { bylineName, classifyBlock, isFurniture } from "./rules";

const LEAD_CONTEXT =
  /(?:^|[\s_-])(?:sapo|lead|leadtext|intro|introduction|standfirst|anrisstext|teaser-?text|description|dek|chapo|chapeau|subtitle|subheadline|excerpt|abstract)(?:$|[\s_-])/u;
const LEAD_MIN = 40;
const LEAD_MAX = 800;
/** How many blocks after the headline may still hold the lead (kicker, date, byline, image come first). */
const LEAD_WINDOW = 12;
const WORD = /[\p{L}\p{N}]+/gu;
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], [class*="autor"], [class*="tac-gia"]';
/** Where a byline element goes on with a date or a separator ("Lisa Petrich | 12.03.2020"). */
const BYLINE_WORD = /^(?:[Vv]on|[Bb]y|BY|[Pp]or|POR|[Pp]ar|[Bb]ởi)\s+\p{Lu}/u;
const BYLINE_END = /[|•·,–—]|\d{1,2}[./]\d{1,2}[./]|\bupdated\b|\baktualisiert\b|\s(?:on|am|el|em|le)\s+\d/iu;

/** The author's name in a byline line: without "Von"/"By", cut before a date or separator. */
function nameIn(text: string): string | null {
  const name = bylineName(text);
  const end = name.search(BYLINE_END);
  const cut = (end < 0 ? name : name.slice(0, end)).trim();
  const ok = /\p{Lu}/u.test(cut) && cut.length >= 3 && !/\d/u.test(cut) && cut.split(" ").length <= 8;
  return ok ? cut : null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Share of b's words found in a (0…1). */
function overlap(a: string, b: string): number {
  const have = new Set(words(a));
  const want = words(b);
  return want.length === 0 ? 0 : want.filter((w) => have.has(w)).length / want.length;
}

export type Title = { text: string; element: Element | null };
const LOWER_HEADING_MATCH = 0.8;

function headingMatching(document: Document, reference: string): Title | null {
  for (const element of document.querySelectorAll("h2, h3")) {
    const text = normalizeText(element.textContent ?? "");
    if (text && overlap(reference, text) >= LOWER_HEADING_MATCH && overlap(text, reference) >= LOWER_HEADING_MATCH) {
      return { text, element };
    }
  }
  return null;
}

export function findTitle(document: Document, blocks: Block[], metadata: PageMetadata): Title | null {
  const reference = metadata.title ?? normalizeText(document.title ?? "");
  const headings = [...document.querySelectorAll("h1")]
    .map((element) => ({
      element,
      text: readBlocks(element)
        .map((b) => b.text)
        .join(" "),
    }))
    .filter((h) => h.text !== "");
  let best: (Title & { score: number }) | null = null;
  for (const heading of headings) {
    const { text } = heading;
    const score = reference ? Math.min(overlap(reference, text), overlap(text, reference) + 0.5) : 1;
    if (!best || score > best.score) best = { ...heading, score };
  }
  if (best && best.score >= 0.5) return { text: best.text, element: best.element };
  // A lone <h1> that is a section name ("Brasília") while the headline is an <h2>.
  const lower = reference ? headingMatching(document, reference) : null;
  if (lower) return lower;
  if (best && headings.length === 1) return { text: best.text, element: best.element };
  if (reference) return { text: reference, element: null };
  const heading = blocks.find((b) => b.role === "heading");
  return heading ? { text: heading.text, element: null } : null;
}

function isLeadLike(block: Block, description: string | null): boolean {
  if (block.text.length < LEAD_MIN || block.text.length > LEAD_MAX) return false;
  if (classifyBlock(block) !== "body" && classifyBlock(block) !== "byline") return false;
  if (isFurniture(block.context)) return false;
  if (LEAD_CONTEXT.test(block.context)) return true;
  // The description may carry a dateline or site name the paragraph lacks ("31.10.2023, 10.19 Uhr : …").
  return description !== null && overlap(description, block.text) >= 0.9 && overlap(block.text, description) >= 0.8;
}

/**
 * The lead is the first paragraph of the article when it stands out (bold, marked as lead/sapo, or
 * the page's description); otherwise a marked paragraph just below the headline outside the article
 * element. A page that shows its description nowhere has no lead (it stays in <meta>).
 */
export function findLead(
  pageBlocks: Block[],
  blocks: Block[],
  metadata: PageMetadata,
  title: string | null,
): string | null {
  const first = blocks.find((b) => b.role === "text" && classifyBlock(b) === "body");
  if (
    first &&
    (first.bold ? isLeadLike({ ...first, context: "lead" }, null) : isLeadLike(first, metadata.description))
  ) {
    return first.text;
  }
  const start = title ? pageBlocks.findIndex((b) => b.text === title) : -1;
  const window = pageBlocks.slice(start + 1, start + 1 + LEAD_WINDOW);
  return window.find((b) => b.role !== "caption" && isLeadLike(b, metadata.description))?.text ?? null;
}

/** "Von Lisa Petrich" / "By Randy Maniloff" just below the headline, before any byline markup. */
export function bylineNearTitle(pageBlocks: Block[], title: string | null): string | null {
  const start = title ? pageBlocks.findIndex((b) => b.text === title) : -1;
  if (start < 0) return null;
  const near = pageBlocks
    .slice(start + 1, start + 1 + LEAD_WINDOW)
    .find((b) => b.role !== "heading" && BYLINE_WORD.test(b.text) && b.text.length <= 80);
  return near ? nameIn(near.text) : null;
}

/** A byline that only names the site ("Automobilwoche" on automobilwoche.de) names no author. */
export function isSiteName(byline: string, url: string | null): boolean {
  const letters = byline.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return letters.length >= 3 && url !== null && url.toLowerCase().includes(letters);
}

export function findByline(document: Document): string | null {
  for (const element of document.querySelectorAll(BYLINE_SELECTOR)) {
    if (element.closest("figure, figcaption")) continue; // a photographer's credit, not the author
    if (element.localName === "time" || element.querySelector("time")) continue; // a dateline
    const text = normalizeText(element.textContent ?? "");
    if (text.length < 3 || text.length > 80) continue;
    // An ad label in an "author" box ("CONTINUA DEPOIS DA PUBLICIDADE") names nobody.
    if (classifyBlock({ role: "text", text, linkShare: 0, bold: false, context: "" }) === "drop") continue;
    const cut = nameIn(text);
    if (cut) return cut;
  }
  return null;
}
