import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { providerFromEnv, TranslationError, type TranslationProvider } from "@/lib/translation";
import { loadMtSettings } from "./load-mt-settings";
import { DEEPL_KEY_SETTING, envDeeplKey, resolveDeeplKey } from "./load-deepl-key";

/** Whether MT has a key (DEEPL_AUTH_KEY or one stored by an admin): the UI offers the button only then. */
export async function mtConfigured(env: Record<string, string | undefined> = process.env): Promise<boolean> {
  if (envDeeplKey(env)) return true;
  return (await db.setting.count({ where: { key: DEEPL_KEY_SETTING } })) > 0;
}

/** DeepL with the key in use and the admin's settings; throws MT_NOT_CONFIGURED without a usable key. */
export async function loadProvider(): Promise<TranslationProvider> {
  let key: string | null;
  try {
    key = await resolveDeeplKey();
  } catch (e) {
    // A stored key sealed under another secret: MT is as good as not set up until an admin enters it again.
    if (isAppError(e)) throw new TranslationError("MT_NOT_CONFIGURED", { unreadable: e.code });
    throw e;
  }
  if (!key) throw new TranslationError("MT_NOT_CONFIGURED", { missing: "DEEPL_AUTH_KEY" });
  return providerFromEnv({ ...process.env, DEEPL_AUTH_KEY: key }, await loadMtSettings(db));
}
