// What CAT tools put before the root element: a byte-order mark or an encoding declaration (TMX from
// Trados and the LISA kit is UTF-16), and a DOCTYPE naming the DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`,
// written by OmegaT, translate-toolkit and most others). Pure.
import { AppError, type ErrorCode } from "@/lib/errors";

const ENCODING = /^<\?xml[^>]{0,200}?\sencoding\s?=\s?["']([A-Za-z0-9._-]{1,40})["']/u;

/** XML bytes → text: BOM, then UTF-16 without BOM, then the declared encoding, else UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (a === 0x3c && b === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (a === 0x00 && b === 0x3c) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256));
  const label = ENCODING.exec(head)?.[1]?.toLowerCase();
  if (label && !label.startsWith("utf-16")) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: read as UTF-8, the XML default
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * The text with its DOCTYPE blanked out (line numbers kept) when the DOCTYPE only names a DTD: no DTD is
 * ever loaded, so a SYSTEM or PUBLIC identifier is harmless. An internal subset (`[ … ]`, the only place
 * entities are declared: billion laughs, external entities) or any `<!ENTITY` is refused with `code`.
 */
export function withoutPlainDoctype(text: string, code: ErrorCode): string {
  const upper = text.toUpperCase();
  if (upper.includes("<!ENTITY")) throw new AppError(code);
  const start = upper.indexOf("<!DOCTYPE");
  if (start < 0) return text;
  let quote: string | null = null;
  let end = -1;
  for (let i = start + 9; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[") throw new AppError(code);
    else if (ch === ">") {
      end = i;
      break;
    }
  }
  if (end < 0 || upper.indexOf("<!DOCTYPE", end) >= 0) throw new AppError(code);
  const blank = text.slice(start, end + 1).replace(/[^\n]/gu, " ");
  return text.slice(0, start) + blank + text.slice(end + 1);
}
