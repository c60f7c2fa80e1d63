// Recognises the non-article lines that scraped Vietnamese news carries along. Whole lines only:
// residue inside a sentence stays text so that the quality checks can flag it.

const AD_MARKER = /^(?:\[\s*(?:anzeige|werbung|ad|ads|advertisement|quangcao|quảng cáo)(?:[_\s-]*\d+)?\s*\]\s*)+$/iu;
const COMMENT_COUNTER = /^(?:bình luận|ý kiến|kommentare?|comments?)\s*\(\s*\d+\s*\)$/iu;
const SHARE_WORDS =
  /chia sẻ|in bài|gửi bài|sao chép liên kết|lưu bài|facebook|twitter|zalo|messenger|linkedin|email|e-mail|share|tweet|print|teilen|drucken|copy link/giu;
const SHARE_SEPARATORS = /[\s|•·,/:;\-–—]+/gu;

export function isBoilerplateLine(line: string): boolean {
  if (AD_MARKER.test(line) || COMMENT_COUNTER.test(line)) return true;
  const withoutWords = line.replace(SHARE_WORDS, "");
  return withoutWords !== line && withoutWords.replace(SHARE_SEPARATORS, "") === "";
}

const SOURCE_LINE = /^(?:nguồn|quelle|source)\s*:/iu;
const URL = /https?:\/\/[^\s<>"'”)\]]+/iu;

export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(line);
}

const TRAILING = new Set(".,;:!?");

export function urlIn(line: string): string | null {
  const url = line.match(URL)?.[0];
  if (url === undefined) return null;
  // Sentence punctuation after the URL is not part of it; trimmed by hand (/[.,;:!?]+$/ would rescan
  // every inner run of dots).
  let end = url.length;
  while (end > 0 && TRAILING.has(url.charAt(end - 1))) end--;
  return url.slice(0, end);
}

// "Loan Phương - Ngọc Thảo", "Thu Hằng", "PV", "Theo VnExpress", "Minh Anh (tổng hợp)".
const BYLINE_PREFIX = /^(?:theo|bài(?: và ảnh)?\s*:|nhóm|thực hiện\s*:)\s*/iu;
// Lines arrive normalised (single spaces), so at most one space stands beside a separator, and the
// space before a note goes with the trim; \s* on both sides would re-read every whitespace run.
const BYLINE_NOTE = /\((?:tổng hợp|theo [^()]*|lược dịch|biên dịch)\)$/iu;
const BYLINE_SEPARATORS = / ?[-–—,/&] ?| và /u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’]*|[A-ZĐ]\.)$/u;

export function isBylineLine(line: string): boolean {
  if (line.length > 80) return false;
  // A full stop ends sentences, not names, except in the credit form "Theo VnExpress."
  const unstopped = /^theo\s/iu.test(line) ? line.replace(/\.$/u, "") : line;
  const names = unstopped.replace(BYLINE_PREFIX, "").replace(BYLINE_NOTE, "").trim();
  if (names === "") return false;
  const words = names
    .split(BYLINE_SEPARATORS)
    .flatMap((part) => part.split(" "))
    .filter(Boolean);
  return words.length >= 1 && words.length <= 8 && words.every((word) => NAME_WORD.test(word));
}

const CAPTION_START = /^(?:ảnh\s*:|ảnh minh (?:họa|hoạ)|photo\s*:|foto\s*:)/iu;
const CAPTION_END = /\((?:ảnh|nguồn ảnh|photo|foto)\s*:[^()]*\)$/iu;

export function isCaptionLine(line: string): boolean {
  return CAPTION_START.test(line) || CAPTION_END.test(line);
}
