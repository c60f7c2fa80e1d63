// One local DeepL-compatible server per test file, reset before each test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startDeeplServer, type DeeplServer } from "@/tests/deepl-server/server";

/** Registers the hooks; `deepl.server` is valid inside tests. */
export function localDeeplPerFile(authKey: string) {
  const deepl = {} as { server: DeeplServer };
  beforeAll(async () => {
    deepl.server = await startDeeplServer({ authKey });
  });
  afterAll(async () => {
    await deepl.server.close();
  });
  beforeEach(() => deepl.server.reset());
  return deepl;
}
