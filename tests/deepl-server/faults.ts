// Injected faults: which armed fault a request meets, what it records, and the answer a status fault gives.
import type http from "node:http";
import type { ArmedFault, RecordedRequest } from "./protocol";
import { one, parseParams } from "./params";
import type { ServerState } from "./state";

export function takeFault(state: ServerState, seq: number, path: string): ArmedFault | null {
  for (const f of state.faults) {
    if (f.count <= 0) continue;
    if (f.path && !path.startsWith(f.path)) continue;
    if (seq <= f.armedAt + f.afterRequests) continue;
    f.count--;
    state.counters.faultsInjected++;
    return f;
  }
  return null;
}

/** A faulted translate request still records what was asked, for assertions. */
export function recordAsked(rec: RecordedRequest, body: Buffer, req: http.IncomingMessage, url: URL): void {
  try {
    const p = parseParams(body, req.headers["content-type"], url.searchParams);
    if (rec.path === "/v2/translate")
      Object.assign(rec, {
        texts: p.get("text") ?? [],
        target_lang: one(p, "target_lang"),
        context: one(p, "context"),
        glossary_id: one(p, "glossary_id"),
        formality: one(p, "formality"),
      });
  } catch {
    /* ignore */
  }
}

const MESSAGES: Record<number, string> = {
  429: "Too many requests",
  456: "Quota Exceeded",
  403: "Forbidden",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The answer to a request that meets a status fault (429 asks to retry at once). */
export function faultAnswer(status: number): { body: { message: string }; headers: Record<string, string> } {
  return {
    body: { message: MESSAGES[status] ?? "Injected fault" },
    headers: status === 429 ? { "retry-after": "0" } : {},
  };
}
