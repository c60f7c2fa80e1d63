// The documented upload limits, shared by the browser (checked before sending, for an instant message)
// and the server (checked again, always). Pure: imported by client components too.
import type { ErrorCode } from "@/lib/errors/codes";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-input";
import { XLIFF_MAX_BYTES } from "@/lib/export/xliff-decode";

export const TMX_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

export const UPLOAD_LIMITS = {
  article: { maxBytes: MAX_IMPORT_BYTES, code: "IMPORT_TOO_LARGE" },
  xliff: { maxBytes: XLIFF_MAX_BYTES, code: "XLIFF_TOO_LARGE" },
  tmx: { maxBytes: TMX_UPLOAD_MAX_BYTES, code: "TMX_TOO_LARGE" },
} as const;
export type UploadKind = keyof typeof UPLOAD_LIMITS;

const MB = 1024 * 1024;
const inMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/**
 * The coded refusal of an upload of `bytes` bytes, or null when it is within the limit. The params
 * cover every message of these codes: bytes and maxBytes, and the same in megabytes (sizeMb, limitMb).
 */
export function uploadTooLarge(
  kind: UploadKind,
  bytes: number,
): { code: ErrorCode; params: Record<string, number> } | null {
  const { maxBytes, code } = UPLOAD_LIMITS[kind];
  if (bytes <= maxBytes) return null;
  return { code, params: { bytes, maxBytes, sizeMb: inMb(bytes), limitMb: inMb(maxBytes) } };
}
