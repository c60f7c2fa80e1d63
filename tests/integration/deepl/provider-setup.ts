// Shared by the provider tests: the local DeepL-compatible server (one per test file, reset before each
// test) and the real deepl-node client through our provider, pointed at it.
import { expect } from "vitest";
import { localDeeplPerFile } from "./local-deepl";
import { createDeeplProvider, TranslationError, type TranslationSettings } from "@/lib/translation";
import type { DeeplProviderOptions } from "@/lib/translation/deepl";

export const KEY = "integration-key";

/** Starts the server for this test file; `deepl.server` is valid inside tests. */
export function setUpDeeplServer() {
  const deepl = localDeeplPerFile(KEY);

  function provider(settings: Partial<TranslationSettings> = {}, opts: Partial<DeeplProviderOptions> = {}) {
    return createDeeplProvider({
      authKey: KEY,
      serverUrl: deepl.server.url,
      settings: { englishVariant: "EN-GB", germanFormality: "default", ...settings },
      timeoutMs: 2000,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...opts,
    });
  }
  const translateRequests = () => deepl.server.requests().filter((r) => r.path === "/v2/translate");
  return { deepl, provider, translateRequests };
}

export async function codeOf(p: Promise<unknown>): Promise<TranslationError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TranslationError);
    return e as TranslationError;
  }
  throw new Error("expected a TranslationError");
}
