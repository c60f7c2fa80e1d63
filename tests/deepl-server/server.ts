// A local, framework-free DeepL-compatible server for tests and offline development.
//
// Answers what Duyệt (through deepl-node) calls: POST /v2/translate, GET /v2/usage, GET /v2/languages and
// the multilingual glossary API v3 (create, list, get, get entries, replace/delete dictionary, patch,
// delete). Translations are deterministic pseudo-translations (see pseudo.ts). The routes are in routes.ts
// (one module each under routes/), the state they share in state.ts, the test hooks in control.ts.
//
// DeepL behaviour imitated: `Authorization: DeepL-Auth-Key <key>` (403 otherwise), at most 50 texts per
// translate request (400), request body at most 128 KiB (413), billed characters = Unicode code points of
// the texts (context is not billed), quota (456 once character_count would exceed character_limit),
// formality only for targets that support it ("more"/"less" → 400 elsewhere, "prefer_*" ignored), tag
// handling not supported for VI, English targets EN-GB/EN-US (plain EN treated as deprecated EN-US).
//
// Test hooks: setFault()/POST /__control/fault inject 429/456/403/5xx/"drop"/"slow" for `count` requests
// after `afterRequests` further requests; stats()/GET /__control/stats; requests()/GET /__control/requests;
// reset()/POST /__control/reset; configure()/POST /__control/config (character limit).
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { DEEPL_MAX_BODY_BYTES, HARD_BODY_CAP } from "./protocol";
import type { DeeplServer, DeeplServerOptions, RecordedRequest } from "./protocol";
import { HttpError, one, parseParams, type Params } from "./params";
import { route } from "./routes";
import { control } from "./control";
import { faultAnswer, recordAsked, takeFault } from "./faults";
import { send } from "./send";
import { configure, createState, glossaryCopies, recordRequest, resetState, setFault, stats } from "./state";

// The public face stays here: tests and scripts import the server, its limits and its types from this file.
export { DEEPL_MAX_BODY_BYTES, DEEPL_MAX_TEXTS } from "./protocol";
export type { DeeplServer, DeeplServerOptions, FaultSpec, RecordedRequest, ServerStats } from "./protocol";

export async function startDeeplServer(options: DeeplServerOptions = {}): Promise<DeeplServer> {
  const state = createState(options.characterLimit ?? 500_000);
  const sockets = new Set<Socket>();
  const timers = new Map<NodeJS.Timeout, Socket>();

  /** Abort responses still held back by a "slow" fault (their clients have given up). */
  function abortSlow() {
    for (const [t, socket] of timers) {
      clearTimeout(t);
      socket.destroy();
    }
    timers.clear();
  }

  function reset() {
    abortSlow();
    resetState(state);
  }

  /** Authorises and routes one API request (size refused first), recording its status. */
  function answer(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: Buffer, rec: RecordedRequest) {
    if (rec.bodyBytes > DEEPL_MAX_BODY_BYTES) {
      rec.status = 413;
      return send(res, 413, { message: "Request Entity Too Large" });
    }
    let params: Params;
    try {
      params = parseParams(body, req.headers["content-type"], url.searchParams);
      rec.params = Object.fromEntries([...params].map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
      const auth = req.headers.authorization ?? "";
      const key = /^DeepL-Auth-Key\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? one(params, "auth_key");
      if (!key || (options.authKey !== undefined && key !== options.authKey))
        throw new HttpError(403, "Authorization failure, wrong auth key");
      const out = route(state, rec.method, rec.path, params, rec);
      rec.status = out.status;
      return send(res, out.status, out.body);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      rec.status = status;
      return send(res, status, { message: e instanceof Error ? e.message : "Internal error" });
    }
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: Buffer, size: number) {
    const path = url.pathname;
    const method = (req.method ?? "GET").toUpperCase();
    if (path.startsWith("/__control/")) return control(state, reset, method, path, body, res);
    const rec = recordRequest(state, method, path, size);
    const fault = takeFault(state, rec.seq, path);
    if (!fault) return answer(req, res, url, body, rec);
    rec.fault = fault.status;
    recordAsked(rec, body, req, url);
    if (fault.status === "drop") {
      rec.status = "dropped";
      req.socket.destroy();
      return;
    }
    if (fault.status === "slow") {
      const t = setTimeout(() => {
        timers.delete(t);
        answer(req, res, url, body, rec);
      }, fault.delayMs);
      timers.set(t, req.socket);
      return;
    }
    rec.status = fault.status;
    const { body: message, headers } = faultAnswer(fault.status);
    return send(res, fault.status, message, headers);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > HARD_BODY_CAP) {
        req.socket.destroy();
        return;
      }
      if (size <= DEEPL_MAX_BODY_BYTES + 1) chunks.push(c);
    });
    req.on("end", () => handle(req, res, url, Buffer.concat(chunks), size));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";

  return {
    url: `http://${host}:${port}`,
    port,
    stats: () => stats(state),
    requests: () => state.log.map((r) => ({ ...r })),
    setFault: (spec) => setFault(state, spec),
    clearFaults: () => {
      state.faults = [];
    },
    configure: (cfg) => configure(state, cfg),
    glossaries: () => glossaryCopies(state),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        abortSlow();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
