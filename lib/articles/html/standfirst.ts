// The standfirst (sapo) as many pages set it: right under the headline, as a sentence in a heading
// element (<h2> "This will mark the seventh …") or as the paragraph that follows the <h1> at once.
// Bylines, dates, share counters and images may sit between headline and a heading standfirst.
import type { Block } from "./blocks";
import { classifyBlock, isFurniture } from "./rules";

const MIN = 40;
const MAX = 800;
/** How many blocks after the headline are looked at (kicker, byline, date, counters, image). */
const WINDOW = 12;
const WORDS = 8;
const SENTENCE_END = /[.!?…]["”»’)]?$/u;
// "Le Monde | 04.05.2015 à 13h36 • Mis à jour …": a dateline of the page, skipped like a byline.
const META_LINE = /\s[|•·]\s|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/u;
const META_MAX = 200;

/** A heading that reads as a sentence, not a subhead: it ends like one, or is long. */
function isSentence(text: string): boolean {
  return SENTENCE_END.test(text) || (text.match(/\p{L}+/gu)?.length ?? 0) >= WORDS;
}

type Found = { text: string; heading: boolean };

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The headline again in other markup ("Linde Gasekonzern muss …" under "Linde: Gasekonzern muss …"). */
function repeats(text: string, title: string): boolean {
  const seen = new Set(words(title));
  const own = words(text);
  return own.length > 0 && own.filter((w) => seen.has(w)).length / own.length >= 0.8;
}

/** A sentence in a heading element below the headline: the strongest sign of a standfirst. */
export function headingStandfirst(pageBlocks: Block[], title: string | null): string | null {
  const found = belowTitle(pageBlocks, title);
  return found?.heading ? found.text : null;
}

/** The paragraph right after the headline: a weaker sign, used when nothing else marks a lead. */
export function paragraphStandfirst(pageBlocks: Block[], title: string | null): string | null {
  const found = belowTitle(pageBlocks, title);
  return found && !found.heading ? found.text : null;
}

function belowTitle(pageBlocks: Block[], title: string | null): Found | null {
  const start = title ? pageBlocks.findIndex((b) => b.text === title) : -1;
  if (start < 0) return null;
  const end = Math.min(pageBlocks.length, start + 1 + WINDOW);
  for (let i = start + 1; i < end; i++) {
    const block = pageBlocks[i]!;
    const kind = classifyBlock(block);
    if (block.text.length < MIN || kind === "drop" || kind === "byline" || kind === "caption") continue;
    if (block.text.length <= META_MAX && META_LINE.test(block.text)) continue;
    if (title && repeats(block.text, title)) continue;
    if (kind !== "body" || block.linkShare > 0.3 || block.text.length > MAX || isFurniture(block.context)) {
      return null;
    }
    if (block.role === "heading") return isSentence(block.text) ? { text: block.text, heading: true } : null;
    return i === start + 1 && block.role === "text" ? { text: block.text, heading: false } : null;
  }
  return null;
}
