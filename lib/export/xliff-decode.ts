// First line of defence for XLIFF import: size, encoding and DTD checks run on the raw input, before any
// XML parser sees it. Everything here refuses with an AppError; nothing is partially accepted.
import { AppError } from "@/lib/errors";

/** Upload cap. A news article's XLIFF is tens of kilobytes; 10 MB leaves room for huge multi-file bundles. */
export const XLIFF_MAX_BYTES = 10 * 1024 * 1024;

const ALLOWED_DECLARED = new Set(["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be"]);

/** UTF-8 length of a string without allocating the encoded copy (the string may be large). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

type Detected = "utf-8" | "utf-16le" | "utf-16be";

// XML spec appendix F: a BOM decides; without one, "<?" in UTF-16 shows up as 3C 00 3F 00 / 00 3C 00 3F.
function detectEncoding(bytes: Uint8Array): Detected {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return "utf-8";
  if (b0 === 0xff && b1 === 0xfe) return "utf-16le";
  if (b0 === 0xfe && b1 === 0xff) return "utf-16be";
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return "utf-16le";
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return "utf-16be";
  return "utf-8";
}

function declaredEncoding(text: string): string | null {
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(text);
  return match?.[1]?.trim().toLowerCase() ?? null;
}

/**
 * Turns the upload into text, refusing: more than XLIFF_MAX_BYTES (counted on bytes, before decoding, so
 * a 50 MB upload is never decoded); bytes that are not valid UTF-8/UTF-16 (fatal decoder: no silent
 * U+FFFD); a declaration naming another encoding (ISO-8859-1, windows-1252 …: we do not transcode).
 */
export function decodeXliffInput(content: string | Uint8Array): string {
  let text: string;
  let detected: Detected | null = null;
  if (typeof content === "string") {
    // Each UTF-16 code unit is at least one UTF-8 byte, so the cheap length test settles huge strings.
    if (content.length > XLIFF_MAX_BYTES || utf8Length(content) > XLIFF_MAX_BYTES) {
      throw new AppError("XLIFF_TOO_LARGE", { limitMb: XLIFF_MAX_BYTES / 1024 / 1024 });
    }
    text = content;
  } else {
    if (content.byteLength > XLIFF_MAX_BYTES)
      throw new AppError("XLIFF_TOO_LARGE", { limitMb: XLIFF_MAX_BYTES / 1024 / 1024 });
    detected = detectEncoding(content);
    try {
      // ignoreBOM: false → the decoder consumes a matching BOM instead of returning U+FEFF.
      text = new TextDecoder(detected, { fatal: true, ignoreBOM: false }).decode(content);
    } catch {
      throw new AppError("XLIFF_BAD_ENCODING", { encoding: detected });
    }
  }
  text = text.replace(/^\uFEFF/, "");
  const declared = declaredEncoding(text);
  if (declared !== null) {
    if (!ALLOWED_DECLARED.has(declared)) throw new AppError("XLIFF_BAD_ENCODING", { encoding: declared });
    // Bytes that decoded as UTF-8 but claim UTF-16 (or the reverse) were mislabelled by their producer.
    if (detected !== null && declared.startsWith("utf-16") !== detected.startsWith("utf-16")) {
      throw new AppError("XLIFF_BAD_ENCODING", { encoding: declared });
    }
  }
  return text;
}

/**
 * No DTDs at all: a DOCTYPE is the only way to declare entities, so refusing it blocks external entities
 * (XXE: file:///etc/passwd, http:// fetches) and expansion bombs (billion laughs) before parsing.
 * XLIFF never needs a DTD. A "<!ENTITY" outside a DOCTYPE is invalid anyway and refused the same way.
 */
export function assertNoDtd(text: string): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new AppError("XLIFF_DOCTYPE_FORBIDDEN");
}
