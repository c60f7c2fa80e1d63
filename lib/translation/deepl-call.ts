// How every DeepL request is made: a timeout of our own, error mapping and backoff retries.
//
// Retries: deepl-node's own retry sleeps ≥ 1 s with no way to configure it, and its `maxRetries` counts
// total requests. The client is built with maxRetries: 1 (one request, no internal sleep) and 429 and 5xx
// are retried here with exponential backoff + jitter: delay(n) = min(maxDelayMs, baseDelayMs · 2^(n−1)) ·
// U(0.75, 1.25), `attempts` total tries (default 4, base 500 ms, max 8 s; tests use base 1 ms). 456, 403,
// other 4xx and network failures (including timeouts) are not retried: they stop the run with their code.
//
// Timeouts: deepl-node's axios timeout is max(minTimeout, ~1 s), so a per-request timeout of our own
// (`timeoutMs`, default 30 s) races the call and fails with MT_NETWORK { reason: "timeout" }.
import { mapDeeplError } from "./deepl-errors";
import { TranslationError } from "./types";

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export type CallPolicy = { timeoutMs: number; retry: RetryPolicy; sleep: (ms: number) => Promise<void> };

export const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A caller of DeepL requests under `policy`: `call(() => client.x(...))`. */
export type DeeplCall = <T>(fn: () => Promise<T>) => Promise<T>;

export function deeplCaller(policy: CallPolicy): DeeplCall {
  return async function call<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTimeout(fn(), policy.timeoutMs);
      } catch (raw) {
        const err = mapDeeplError(raw);
        const retry = err.code === "MT_RATE_LIMITED" || err.code === "MT_SERVER_ERROR";
        if (!retry || attempt >= policy.retry.attempts) {
          if (retry) err.params.attempts = attempt;
          throw err;
        }
        const { maxDelayMs, baseDelayMs } = policy.retry;
        const base = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        await policy.sleep(Math.round(base * (0.75 + Math.random() * 0.5)));
      }
    }
  };
}

function withTimeout<T>(p: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TranslationError("MT_NETWORK", { reason: "timeout", timeoutMs })), timeoutMs);
  });
  p.catch(() => undefined); // the abandoned call may still fail later
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
