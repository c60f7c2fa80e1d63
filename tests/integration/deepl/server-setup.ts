// Shared by the local DeepL server's own tests: one server per test file (reset before each test) and
// plain-HTTP helpers speaking DeepL's wire format.
import { localDeeplPerFile } from "./local-deepl";

export const KEY = "test-key:fx";

export function form(fields: [string, string][]): string {
  const p = new URLSearchParams();
  for (const [k, v] of fields) p.append(k, v);
  return p.toString();
}

/** Starts the server for this test file; `deepl.server` is valid inside tests. */
export function setUpDeeplServer() {
  const deepl = localDeeplPerFile(KEY);

  async function post(path: string, body: string, key = KEY) {
    const res = await fetch(deepl.server.url + path, {
      method: "POST",
      headers: { authorization: `DeepL-Auth-Key ${key}`, "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    // Raw wire JSON: the tests poke at DeepL's response shape directly.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, json: (await res.json().catch(() => null)) as any };
  }
  return { deepl, post };
}
