import "server-only";
import { AppError } from "@/lib/errors";
import { uploadTooLarge, type UploadKind } from "@/lib/uploads/limits";

/**
 * Refuses an upload over its documented limit with its coded error (before the file is read into
 * memory), else returns its content: the bytes of a file (decoded later, off the main thread), or the
 * string as given.
 */
export async function readUpload(value: File | string, kind: UploadKind): Promise<Uint8Array | string> {
  assertUploadSize(value, kind);
  return typeof value === "string" ? value : new Uint8Array(await value.arrayBuffer());
}

/** The same limit for content that reached a service by another way (the CMS API, scripts, tests). */
export function assertUploadSize(value: File | Uint8Array | string, kind: UploadKind): void {
  const bytes =
    typeof value === "string"
      ? Buffer.byteLength(value, "utf8")
      : value instanceof Uint8Array
        ? value.byteLength
        : value.size;
  const refusal = uploadTooLarge(kind, bytes);
  if (refusal) throw new AppError(refusal.code, refusal.params);
}
