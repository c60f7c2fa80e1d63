// The MT cost ledger's pure rules. DeepL bills the Unicode code points of the source texts it translates
// (not the context), so what a request will cost is known before it is sent; whether it was billed depends
// on how it ended.
import { TranslationError } from "./types";

/** Code points of the texts a request sends; blank texts are never sent (the provider answers them itself). */
export function estimateCharacters(texts: readonly string[]): number {
  // Array.from walks code points, not UTF-16 units.
  return texts.reduce((n, t) => (t.trim() ? n + Array.from(t).length : n), 0);
}

// DeepL answered and refused the request (nothing translated, nothing billed).
const REFUSED = new Set([
  "MT_AUTH_FAILED",
  "MT_QUOTA_EXCEEDED",
  "MT_RATE_LIMITED",
  "MT_GLOSSARY_NOT_FOUND",
  "MT_BAD_REQUEST",
  "MT_REQUEST_TOO_LARGE",
  "MT_NOT_CONFIGURED",
]);

/**
 * How a failed request is kept in the ledger: "refused" when DeepL's answer says it did nothing; otherwise
 * "estimated" — a timeout, a dropped connection, a 5xx or an unreadable answer may all follow a translation
 * DeepL has already billed, so its characters keep counting.
 */
export function failedChargeState(error: unknown): "refused" | "estimated" {
  return error instanceof TranslationError && REFUSED.has(error.code) ? "refused" : "estimated";
}
