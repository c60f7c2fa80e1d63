import { AppError } from "@/lib/errors";
import type { SegmentKind, TargetLang } from "@/lib/vocabulary";
import { isTranslatableByDefault } from "./kinds";
import type { ParsedSegment } from "./parsed-article";

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_SEGMENTS = 5000;

// Text that is mostly control characters or U+FFFD (bytes that were not valid UTF-8) is a file
// uploaded by mistake; a few stray replacement characters are left for the quality checks to flag.
const MAX_SUSPICIOUS_SHARE = 0.1;
const SUSPICIOUS =
  /[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Size, binary and emptiness checks shared by every import format; returns NFC text with \n. */
export function prepareImportText(content: string): string {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > MAX_IMPORT_BYTES) throw new AppError("IMPORT_TOO_LARGE", { bytes, maxBytes: MAX_IMPORT_BYTES });
  if (content.includes("\u0000")) throw new AppError("IMPORT_BINARY");
  const suspicious = content.match(SUSPICIOUS)?.length ?? 0;
  if (suspicious > 0 && suspicious / content.length > MAX_SUSPICIOUS_SHARE) throw new AppError("IMPORT_BINARY");
  const text = content
    .replace(/^\ufeff/u, "")
    .replace(/\r\n?/gu, "\n")
    .normalize("NFC");
  if (text.trim() === "") throw new AppError("IMPORT_EMPTY");
  return text;
}

export type SegmentInput = {
  paragraph: number;
  kind: SegmentKind;
  text: string;
  translations?: Partial<Record<TargetLang, string>>;
};

/** Numbers segments in order and stops at MAX_SEGMENTS before an oversized article is built. */
export class SegmentList {
  readonly segments: ParsedSegment[] = [];

  add(input: SegmentInput): void {
    if (this.segments.length >= MAX_SEGMENTS) {
      throw new AppError("IMPORT_TOO_MANY_SEGMENTS", { maxSegments: MAX_SEGMENTS });
    }
    this.segments.push({
      position: this.segments.length,
      paragraph: input.paragraph,
      kind: input.kind,
      translatable: isTranslatableByDefault(input.kind),
      text: input.text,
      translations: input.translations ?? {},
    });
  }
}
