import { isAbbreviation, isSingleCapital } from "./abbreviations";
import { listBlocks } from "./segment-lines";

export type SentenceLang = "vi" | "de" | "en";

// The one text normal form of the app: NFC (Vietnamese arrives both precomposed and decomposed),
// whitespace runs (incl. NBSP, BOM, tabs, newlines) collapsed to one space, trimmed.
export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

const segmenters = new Map<SentenceLang, Intl.Segmenter>();
function segmenterFor(lang: SentenceLang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// A bare attribution after a closed quote (`“…” Ông chia sẻ.`) is not a sentence of its own. Longer
// continuations ("Ông nói thêm, …") are new sentences in Vietnamese news, so only the bare form merges.
const BARE_ATTRIBUTION =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}\s+(?:nói|chia sẻ|cho biết|cho hay|phát biểu|khẳng định|nhấn mạnh|tuyên bố|bày tỏ|giải thích|hỏi|trả lời|thừa nhận|bổ sung)(?:\s+thêm)?\s*[.!]$/u;
const CLOSED_QUOTE_AFTER_STOP = /[.!?…]["”’»]\s*$/u;
const CONTINUATION_START = /^(?:\p{Ll}|[,;:)\]}…–—-])/u;
const GERMAN_MONTH =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?=[\s.,;:!?]|$)/u;

// What the merge rules need to know about the sentence built so far, kept incrementally so that a
// 1 MB paragraph stays linear: bracket depths and the text near its end.
type Open = { parts: string[]; end: string; paren: number; bracket: number; hasWord: boolean };

function open(fragment: string): Open {
  return extend({ parts: [], end: "", paren: 0, bracket: 0, hasWord: false }, fragment);
}

function extend(sentence: Open, fragment: string): Open {
  let { paren, bracket } = sentence;
  for (const ch of fragment) {
    if (ch === "(") paren++;
    else if (ch === ")" && paren > 0) paren--;
    else if (ch === "[") bracket++;
    else if (ch === "]" && bracket > 0) bracket--;
  }
  const hasWord = sentence.hasWord || /[\p{L}\p{N}]/u.test(fragment);
  sentence.parts.push(fragment);
  return { parts: sentence.parts, end: (sentence.end + fragment).slice(-200), paren, bracket, hasWord };
}

function shouldMerge(prev: Open, next: string, lang: SentenceLang): boolean {
  const { end } = prev;
  // A break without whitespace would lose or invent characters when sentences are re-joined.
  if (!/\s$/u.test(end)) return true;
  // Fragments made only of punctuation (a stray closing quote, "…") belong to a neighbour.
  if (!prev.hasWord || !/[\p{L}\p{N}]/u.test(next)) return true;
  const head = next.trimStart();
  if (CONTINUATION_START.test(head)) return true;
  const words = end.trimEnd().split(" ");
  const lastToken = words.pop() ?? "";
  // "xếp hạng B.", "nhóm C.", "quý I.": a single capital after a lower-case word ends the sentence;
  // after a name or at the start it is an initial ("John F. Kennedy", "N.V. An").
  const single = isSingleCapital(lastToken) && /^\p{Ll}/u.test(words.pop() ?? "");
  if (!single && isAbbreviation(lastToken)) return true;
  if (lang === "de" && /^\d{1,2}\.$/u.test(lastToken) && GERMAN_MONTH.test(head)) return true;
  if ((prev.paren > 0 && next.includes(")")) || (prev.bracket > 0 && next.includes("]"))) return true;
  if (lang === "vi" && CLOSED_QUOTE_AFTER_STOP.test(end) && BARE_ATTRIBUTION.test(head.trimEnd())) return true;
  return false;
}

// ICU does not break before a sentence that opens with a number ("… thất vọng. 30 năm sau cô ấy …"),
// so such stops become candidate breaks too; the merge rules still veto "Q. 1" and friends.
// Nor after an ellipsis before a capital ("… đến đó… Nhưng với…"), nor before a straight double
// quote that opens the next sentence ("quý I. \"Tăng trưởng…").
const STOP_BEFORE_DIGIT = /(?<=[.!?…]["”’»)]*\s)(?=\d)|(?<=(?:…|\.\.\.)["”’»)]*\s)(?=[“‘(]?\p{Lu})|(?<=[.!?…]\s)(?=")/u;

// V8's sentence iterator is quadratic in the input length (1 MB takes minutes), so long paragraphs
// are cut into ~1,000-character chunks at places where ICU itself breaks: after "!" or "?" and a space,
// or after a full stop and a space before a capital, digit or opening quote.
const CHUNK = 1000;
const SAFE_CUT = /[!?]["”’»)]*\s|\.["”’»)]*\s(?=["“‘(\[]?[\p{Lu}\d])/gu;

function* chunks(text: string): Generator<string> {
  let start = 0;
  for (const match of text.matchAll(SAFE_CUT)) {
    const end = match.index + match[0].length;
    if (end - start >= CHUNK) {
      yield text.slice(start, end);
      start = end;
    }
  }
  yield text.slice(start);
}

function icu(text: string, lang: SentenceLang): string[] {
  return Array.from(segmenterFor(lang).segment(text), (s) => s.segment);
}

// A chunk without safe cut points can still hold thousands of ICU breaks ("a。a。…", "a!b!…": 100,000
// characters took 68 s). Such a chunk is read through a window: of the sentences ICU finds in it, all
// but the last two are kept (the last is cut by the window, the break before it may depend on text
// beyond), and the window moves on from there; it doubles while it holds too few breaks.
const WINDOW = 2 * CHUNK;

function* windowed(chunk: string, lang: SentenceLang): Generator<string> {
  let start = 0;
  let size = WINDOW;
  while (chunk.length - start > size) {
    const parts = icu(chunk.slice(start, start + size), lang);
    if (parts.length <= 2) {
      size *= 2;
      continue;
    }
    for (const part of parts.slice(0, -2)) {
      yield part;
      start += part.length;
    }
    size = WINDOW;
  }
  yield* icu(chunk.slice(start), lang);
}

function* fragments(text: string, lang: SentenceLang): Generator<string> {
  for (const chunk of chunks(text)) {
    const sentences = chunk.length > 2 * WINDOW ? windowed(chunk, lang) : icu(chunk, lang);
    for (const segment of sentences) yield* segment.split(STOP_BEFORE_DIGIT);
  }
}

/**
 * Sentences of one paragraph, NFC and trimmed. `splitSentences(p).join(" ") === normalizeText(p)`
 * always holds: breaks fall only on whitespace and rules only merge, so no character is lost or added.
 */
export function splitSentences(paragraph: string, lang: SentenceLang = "vi"): string[] {
  return listBlocks(paragraph).flatMap((block) => splitBlock(block, lang));
}

function splitBlock(paragraph: string, lang: SentenceLang): string[] {
  const text = normalizeText(paragraph);
  if (!text) return [];
  const sentences: Open[] = [];
  for (const fragment of fragments(text, lang)) {
    const last = sentences.length - 1;
    const prev = sentences[last];
    if (prev !== undefined && shouldMerge(prev, fragment, lang)) sentences[last] = extend(prev, fragment);
    else sentences.push(open(fragment));
  }
  return sentences.map((sentence) => sentence.parts.join("").trim());
}
