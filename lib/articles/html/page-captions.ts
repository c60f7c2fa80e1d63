// Captions and photo credits Readability leaves out: the hero image above or beside the headline
// ("© Aton", "Symbolbild / Salzgitter Flachstahl AG") and figures it dropped between paragraphs.
// Only caption blocks from the headline's neighbourhood down to the article's last paragraph count;
// linked captions there are teasers ("… Leer más"), not captions.
import type { Block } from "./blocks";
import { classifyBlock, isFurniture } from "./rules";

export type Part = { kind: string; text: string };

/** Blocks before the headline that may still belong to its hero figure. */
const HERO = 6;
const MAX = 400;

function isCaption(block: Block): boolean {
  if (block.text.length > MAX || block.linkShare >= 0.5 || isFurniture(block.context)) return false;
  return classifyBlock(block) === "caption";
}

/** Inserts the captions found on the page (in page order) among the parts; returns the new list. */
export function withPageCaptions<P extends Part>(
  pageBlocks: Block[],
  parts: P[],
  title: string | null,
  make: (text: string) => P,
): P[] {
  const index = new Map<string, number>();
  pageBlocks.forEach((b, i) => index.has(b.text) || index.set(b.text, i));
  const at = (text: string) => index.get(text) ?? -1;
  const titleAt = title === null ? -1 : at(title);
  const placed = parts.map((p) => at(p.text)).filter((i) => i >= 0);
  if (titleAt < 0 || placed.length === 0) return parts;
  const from = Math.max(0, titleAt - HERO);
  const to = Math.max(...placed);
  const have = new Set(parts.map((p) => p.text));
  const extra = pageBlocks
    .map((block, i) => ({ block, i }))
    .filter(({ block, i }) => i >= from && i <= to && i !== titleAt && !have.has(block.text) && isCaption(block));
  if (extra.length === 0) return parts;
  const out = parts.map((p) => ({ p, i: at(p.text) }));
  for (const { block, i } of extra) {
    const before = out.findIndex((o) => o.i > i);
    out.splice(before < 0 ? out.length : before, 0, { p: make(block.text), i });
  }
  return out.map((o) => o.p);
}
