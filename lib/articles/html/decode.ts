// Saved web pages arrive as bytes in whatever code page the site used, often declared late in the file
// (after kilobytes of inline scripts) or not at all. Pure and free of Node APIs, so the browser's
// upload form and the command line decode a page the same way before it is imported.

/** How far into the file a `<meta charset>` is looked for; real pages declare it after 8 KB of scripts. */
const DECLARATION_WINDOW = 64 * 1024;
const MAX_TAG = 1024;
const LABEL = /^[\s"'=]*([a-z0-9_:.-]{1,40})/u;

/** The charset label of each <meta> tag in order, found by index scanning (no backtracking regex). */
function* metaCharsets(head: string): Generator<string> {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf("<meta"); at >= 0; at = lower.indexOf("<meta", at + 5)) {
    const end = lower.indexOf(">", at);
    const tag = lower.slice(at, end < 0 ? at + MAX_TAG : Math.min(end, at + MAX_TAG));
    const charset = tag.indexOf("charset");
    if (charset < 0) continue;
    const label = LABEL.exec(tag.slice(charset + 7, charset + 60))?.[1];
    if (label) yield label;
  }
}

// Only <meta> counts (<script charset="UTF-8"> names the script's encoding, not the page's).
function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one code unit, so ASCII markup reads the same whatever the encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, DECLARATION_WINDOW));
  for (const label of metaCharsets(head)) {
    try {
      return new TextDecoder(label).encoding;
    } catch {
      // An unknown label is ignored, as browsers do; the next declaration or the fallback decides.
    }
  }
  return null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The page's text: a byte-order mark wins, then the declared charset (UTF-16 declarations are ignored
 * in byte-oriented text, as the HTML standard says), then UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what browsers assume for Western pages without a declaration).
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = bomCharset(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = declaredCharset(bytes);
  if (declared && !declared.startsWith("utf-16")) return new TextDecoder(declared).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const MARKUP_START = /^<(?:!doctype\s+html|html|head|body|meta|title)\b/iu;
const MAX_LEADING_COMMENTS = 20;

/** The text after leading whitespace and comments (pages often start with a comment before <html>). */
function afterComments(text: string): string {
  let rest = text.trimStart();
  for (let i = 0; i < MAX_LEADING_COMMENTS && rest.startsWith("<!--"); i++) {
    const end = rest.indexOf("-->");
    if (end < 0) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}
const ARTICLE_MARKUP = /<(?:html|body|article|p|div|h1)\b[^<>]{0,500}>/giu;

/** Whether an import is a web page rather than plain text or a JSON bundle: by its content, not its name. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\ufeff/u, "");
  if (MARKUP_START.test(afterComments(start))) return true;
  if (/^\s*[[{]/u.test(start)) return false;
  // A fragment (copied markup without <html>): several block tags near the start.
  return (start.match(ARTICLE_MARKUP)?.length ?? 0) >= 3;
}

/** Bytes of an upload or a file on disk, decoded as the import will read them. */
export function decodeImportBytes(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  return looksLikeHtml(utf8) ? decodeHtmlBytes(bytes) : new TextDecoder("utf-8").decode(bytes);
}
