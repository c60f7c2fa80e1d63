// Turns article markup into blocks of text as a reader sees them: one per paragraph, heading, list item
// or caption; text split by an empty line (<br><br>) in a <div> gives one block per part.
import { normalizeText } from "../segment";
import { BLOCKS, CREDIT_CLASS, SKIPPED, type BlockRole } from "./block-tags";

export type Block = {
  role: BlockRole;
  text: string;
  /** Share of the text inside links: a paragraph that is one link is a teaser, not article text. */
  linkShare: number;
  /** The whole block is bold (a lead or an inline subheading). */
  bold: boolean;
  /** Class and id names of the block's element and its ancestors (lower case), for the page rules. */
  context: string;
};

const HIDDEN_CLASS =
  /(?:^|\s)(?:(?:[a-z]+-)?(?:visually-?hidden|sr-only|screen-?reader-text|off-?screen)|(?:is-|u-)?hidden)(?:$|\s)/u;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/u;
const MAX_DEPTH = 400;
/** A soft line break inside a block; two in a row end the block (text laid out with <br><br>). */
const BREAK = "\u2028";
const BLANK_LINE = /\u2028[^\S\u2028]*\u2028[\s\u2028]*/u;

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style.toLowerCase())) return true;
  return HIDDEN_CLASS.test((element.getAttribute("class") ?? "").toLowerCase());
}

type Open = { role: BlockRole; parts: string[]; linked: number; boldChars: number; context: string };

export function readBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const stack: Open[] = [];
  const flush = (open: Open) => {
    const raw = open.parts.join("");
    open.parts = [];
    const pieces = raw.split(BLANK_LINE);
    for (const piece of pieces) {
      const text = normalizeText(piece.replaceAll(BREAK, " "));
      if (text === "") continue;
      const single = pieces.length === 1;
      blocks.push({
        role: open.role,
        text,
        linkShare: single ? Math.min(1, open.linked / text.length) : 0,
        bold: single && open.boldChars >= text.replace(/\s/gu, "").length * 0.9,
        context: open.context,
      });
    }
    open.linked = 0;
    open.boldChars = 0;
  };
  const visit = (node: Node, depth: number, link: boolean, bold: boolean, context: string) => {
    const top = stack[stack.length - 1];
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (!top) return;
      top.parts.push(text);
      const visible = text.replace(/\s/gu, "").length;
      if (link) top.linked += normalizeText(text).length;
      if (bold) top.boldChars += visible;
      return;
    }
    if (node.nodeType !== 1 || depth > MAX_DEPTH) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (tag === "br") {
      top?.parts.push(BREAK);
      return;
    }
    // <html>/<body> classes describe the whole page ("active-sticky-sidebar"), not the block's container.
    const page = tag === "body" || tag === "html";
    const names = page
      ? ""
      : `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
    const here = names.trim() === "" ? context : `${context} ${names.trim()}`;
    // Inside a caption everything is one caption ("… (Bild: Hersteller)" in its own <span> or <p>).
    const inCaption = top?.role === "caption" && BLOCKS[tag] !== undefined;
    if (inCaption) top.parts.push(" ");
    // An inline credit ("<span class="image-credit">") is a caption of its own, not part of the next paragraph.
    const role = inCaption
      ? undefined
      : (BLOCKS[tag] ?? (top?.role !== "caption" && CREDIT_CLASS.test(names) ? "caption" : undefined));
    if (role) {
      if (top) flush(top);
      stack.push({ role, parts: [], linked: 0, boldChars: 0, context: here });
    }
    const inLink = link || tag === "a";
    const inBold = bold || tag === "b" || tag === "strong";
    for (const child of element.childNodes) visit(child, depth + 1, inLink, inBold, here);
    if (role) flush(stack.pop()!);
  };
  stack.push({ role: "text", parts: [], linked: 0, boldChars: 0, context: "" });
  visit(root, 0, false, false, "");
  flush(stack.pop()!);
  return blocks;
}
