import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkWebhookUrl, isForbiddenAddress } from "@/lib/cms/webhook-url";

export type SendResult = { status: number | null; error: string | null };
type Address = { address: string; family: number };

/**
 * Resolves the host once and hands the connection exactly the addresses that passed the check, so a name
 * cannot resolve to a public address for the check and to 127.0.0.1 for the connection (DNS rebinding).
 * Any forbidden address refuses the whole name. (Literal IPs never come here: checkWebhookUrl judged them.)
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses: Address[]) => {
    if (error) return callback(error, "", 0);
    const forbidden = addresses.find((a) => isForbiddenAddress(a.address));
    if (forbidden || addresses.length === 0) {
      const refusal = Object.assign(new Error(`${hostname} resolves to ${forbidden?.address ?? "nothing"}`), {
        code: "WEBHOOK_ADDRESS_FORBIDDEN",
      });
      return callback(refusal, "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: Address[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * POSTs one webhook body. The URL is checked again against the allowed hosts as they are now; a host the
 * admin allowed is reached wherever it resolves, any other only at public addresses (a name is judged by
 * every address it resolves to, localhost included). Redirects are not
 * followed (a 3xx is a failure), the answer's body is not read, and nothing waits longer than timeoutMs.
 */
export function sendWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  o: { allowedHosts: readonly string[]; timeoutMs: number },
): Promise<SendResult> {
  const check = checkWebhookUrl(url, o.allowedHosts, { judgeNames: false });
  if (!check.ok)
    return Promise.resolve({
      status: null,
      error: check.code === "API_WEBHOOK_HOST_FORBIDDEN" ? "WEBHOOK_HOST_FORBIDDEN" : "WEBHOOK_URL_INVALID",
    });
  const allowed = o.allowedHosts.includes(check.host);
  const signal = AbortSignal.timeout(o.timeoutMs);
  const request = check.url.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve) => {
    const req = request(
      check.url,
      {
        method: "POST",
        signal,
        agent: false,
        ...(allowed ? {} : { lookup: guardedLookup }),
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
      },
      (res) => {
        res.resume(); // the answer's body is not needed
        const status = res.statusCode ?? 0;
        resolve({ status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` });
      },
    );
    req.on("error", (error: Error & { code?: string }) => {
      const reason = signal.aborted ? "TIMEOUT" : (error.code ?? error.message ?? "NETWORK_ERROR");
      resolve({ status: null, error: String(reason).slice(0, 500) });
    });
    req.end(body);
  });
}
