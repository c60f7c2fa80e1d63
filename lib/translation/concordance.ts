// Concordance search, pure part: words of a text in the folded form of article search (lib/text/fold.ts:
// lower case, no tone or other marks, đ as d), with where each word stands in the original text, so a hit
// can be highlighted in what the translator reads. One pass per text: linear in its length.

const WORD_CHAR = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}+/gu;
/** Longer "words" (URLs, hashes) are not indexed: a key stays small and a query never needs them. */
export const MAX_WORD_LENGTH = 40;
export const MAX_QUERY_WORDS = 8;

export type WordSpan = { word: string; start: number; end: number };

function foldChar(ch: string): string {
  // lower case first: "İ" lowers to i + a combining dot, which the mark removal then drops
  return ch.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
}

/** Every word of `text`, folded, with its UTF-16 range in `text`. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  let word = "";
  let start = -1;
  let end = 0;
  let at = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f && WORD_CHAR.test(f)) {
      if (start < 0) start = at;
      word += f;
      end = at + ch.length;
    } else if (f === "" && start >= 0) {
      end = at + ch.length; // a combining mark of a decomposed letter belongs to its word
    } else if (start >= 0) {
      out.push({ word, start, end });
      word = "";
      start = -1;
    }
    at += ch.length;
  }
  if (start >= 0) out.push({ word, start, end });
  return out;
}

/** The distinct index words of some texts. */
export function indexWords(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of wordSpans(t)) if (w.word.length <= MAX_WORD_LENGTH) words.add(w.word);
  }
  return [...words];
}

/** The words a query asks for (distinct, in order), at most MAX_QUERY_WORDS. */
export function queryWords(query: string): string[] {
  return indexWords(query).slice(0, MAX_QUERY_WORDS);
}

export type Range = { start: number; end: number };

/** Where the query's words stand in `text` (ranges to highlight) and which of them it holds. */
export function matchWords(text: string, words: readonly string[]): { ranges: Range[]; found: Set<string> } {
  const wanted = new Set(words);
  const spans = wordSpans(text).filter((w) => wanted.has(w.word));
  return { ranges: spans.map(({ start, end }) => ({ start, end })), found: new Set(spans.map((w) => w.word)) };
}

/** True when the query's words stand next to each other, in order, in `text` (a phrase hit ranks first). */
export function hasPhrase(text: string, words: readonly string[]): boolean {
  const seq = wordSpans(text).map((w) => w.word);
  outer: for (let i = 0; i + words.length <= seq.length; i++) {
    for (let j = 0; j < words.length; j++) if (seq[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}
