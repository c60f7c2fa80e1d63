import "server-only";
import { db } from "@/lib/db";
import { providerFromEnv, type TranslationProvider } from "@/lib/translation";
import { loadMtSettings } from "./load-mt-settings";

/** Whether DEEPL_AUTH_KEY is set: the UI explains how to configure MT instead of offering a broken button. */
export function mtConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.DEEPL_AUTH_KEY?.trim());
}

/** DeepL from the environment with the admin's settings; throws MT_NOT_CONFIGURED without a key. */
export async function loadProvider(): Promise<TranslationProvider> {
  return providerFromEnv(process.env, await loadMtSettings(db));
}
