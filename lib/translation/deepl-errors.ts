// deepl-node's errors → our TranslationError codes (part of the DeepL provider; deepl-node stops here).
import {
  AuthorizationError,
  ConnectionError,
  DeepLError,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
} from "deepl-node";
import { TranslationError } from "./types";

/** Status code deepl-node put into its error message (it does not expose the status otherwise). */
function statusFromMessage(message: string): number | null {
  const m = /Unexpected status code: (\d{3})/.exec(message);
  if (m) return Number(m[1]);
  if (message.startsWith("Service unavailable")) return 503;
  if (message.startsWith("Bad request")) return 400;
  if (message.startsWith("Not found")) return 404;
  return null;
}

/** Map anything deepl-node throws to a TranslationError. Non-DeepL errors (bugs) are re-thrown unchanged. */
export function mapDeeplError(e: unknown): TranslationError {
  if (e instanceof TranslationError) return e;
  if (!(e instanceof DeepLError)) throw e;
  const detail = e.message.slice(0, 300);
  if (e instanceof AuthorizationError) return new TranslationError("MT_AUTH_FAILED", { detail });
  if (e instanceof QuotaExceededError) return new TranslationError("MT_QUOTA_EXCEEDED", { detail });
  if (e instanceof TooManyRequestsError) return new TranslationError("MT_RATE_LIMITED", { status: 429, detail });
  if (e instanceof GlossaryNotFoundError) return new TranslationError("MT_GLOSSARY_NOT_FOUND", { detail });
  if (e instanceof ConnectionError) {
    const code = (e.error as { code?: string } | undefined)?.code ?? "";
    const timeout = code === "ECONNABORTED" || code === "ETIMEDOUT" || /timeout/i.test(e.message);
    return new TranslationError("MT_NETWORK", { reason: timeout ? "timeout" : "connection", detail });
  }
  if (e.message.startsWith("Error parsing response JSON"))
    return new TranslationError("MT_INVALID_RESPONSE", { detail });
  const status = statusFromMessage(e.message);
  if (status === 413) return new TranslationError("MT_REQUEST_TOO_LARGE", { status, detail });
  if (status !== null && status >= 500) return new TranslationError("MT_SERVER_ERROR", { status, detail });
  return new TranslationError("MT_BAD_REQUEST", { status: status ?? 0, detail });
}
