// Small text helpers shared by the formats. Every writer goes through these so escaping is done once.

// Characters XML 1.0 forbids (scraped articles do contain stray control characters); dropping them is
// the only way to keep the output well-formed, and they carry no meaning in news text.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.normalize("NFC").replace(INVALID_XML_CHARS, "");
}

/** Comparison key: NFC, every run of whitespace (incl. NBSP) one space, trimmed. */
export function normalizeForCompare(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Text for HTML element content and attribute values (both quote styles escaped). */
export function escapeHtml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Only http(s) links are turned into anchors: a "javascript:" or "data:" URL in a scraped source line
// must stay inert text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}»”’]/giu;

export type TextPiece = { text: string; url: boolean };

/** Splits a line into plain text and http(s) URLs, for the source-line footer. */
export function splitUrls(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start), url: false });
    pieces.push({ text: match[0], url: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), url: false });
  return pieces;
}

/** Lower-case primary language subtag: "de-DE" → "de". */
export function primaryLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? "").toLowerCase();
}
