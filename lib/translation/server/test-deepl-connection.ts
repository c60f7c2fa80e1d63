import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { providerFromEnv, type Usage } from "@/lib/translation";
import { loadMtSettings } from "./load-mt-settings";
import { resolveDeeplKey } from "./load-deepl-key";

/**
 * "Test connection": one getUsage call with the key MT would use (environment first), no retries and a
 * short timeout, so the admin learns at once whether DeepL accepts the key (MT_KEY_REJECTED) or cannot be
 * reached (MT_UNREACHABLE) instead of learning it from a failed run.
 */
export async function testDeeplConnection(env: Record<string, string | undefined> = process.env): Promise<Usage> {
  const key = await resolveDeeplKey(env);
  if (!key) throw new AppError("MT_NOT_CONFIGURED");
  const provider = providerFromEnv(
    { ...env, DEEPL_AUTH_KEY: key, DEEPL_MAX_ATTEMPTS: "1", DEEPL_TIMEOUT_MS: "10000" },
    await loadMtSettings(),
  );
  try {
    return await provider.usage();
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "MT_AUTH_FAILED") throw new AppError("MT_KEY_REJECTED");
    if (e.code === "MT_NETWORK") throw new AppError("MT_UNREACHABLE", e.params);
    throw e;
  }
}
