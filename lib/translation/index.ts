// Public entry of the translation boundary. The app imports from "@/lib/translation" only.
import { createDeeplProvider } from "./deepl";
import { TranslationError, type TranslationProvider, type TranslationSettings } from "./types";

export * from "./types";
export {
  planBatches,
  buildContext,
  formEncodedLength,
  DEFAULT_BATCH_LIMITS,
  type Batch,
  type BatchItem,
  type BatchLimits,
  type BatchOptions,
} from "./batch";
export { normalizeForTm, similarity, findFuzzy, type FuzzyMatch } from "./tm";
export {
  runMachineTranslation,
  openSegments,
  type MtSegment,
  type MtFill,
  type MtCommit,
  type MtRunResult,
  type TmExactLookup,
} from "./run";
export { createDeeplProvider, type DeeplProviderOptions } from "./deepl";

function positiveInt(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new TranslationError("MT_NOT_CONFIGURED", { invalid: name });
  return n;
}

/**
 * DeepL provider from the environment: DEEPL_AUTH_KEY (required), DEEPL_SERVER_URL (optional, e.g. the local
 * test server), and for tests/tuning DEEPL_TIMEOUT_MS, DEEPL_MAX_ATTEMPTS, DEEPL_RETRY_BASE_MS.
 * Throws TranslationError MT_NOT_CONFIGURED without a key or with an invalid setting.
 */
export function providerFromEnv(
  env: Record<string, string | undefined> = process.env,
  settings: TranslationSettings = { englishVariant: "EN-GB", germanFormality: "default" },
): TranslationProvider {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) throw new TranslationError("MT_NOT_CONFIGURED", { missing: "DEEPL_AUTH_KEY" });
  const serverUrl = env.DEEPL_SERVER_URL?.trim() || undefined;
  if (serverUrl) {
    try {
      const u = new URL(serverUrl);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("protocol");
    } catch {
      throw new TranslationError("MT_NOT_CONFIGURED", { invalid: "DEEPL_SERVER_URL" });
    }
  }
  const attempts = positiveInt(env, "DEEPL_MAX_ATTEMPTS");
  const baseDelayMs = positiveInt(env, "DEEPL_RETRY_BASE_MS");
  return createDeeplProvider({
    authKey,
    serverUrl,
    settings,
    timeoutMs: positiveInt(env, "DEEPL_TIMEOUT_MS"),
    retry: {
      ...(attempts !== undefined ? { attempts: Math.max(1, attempts) } : {}),
      ...(baseDelayMs !== undefined ? { baseDelayMs } : {}),
    },
  });
}
