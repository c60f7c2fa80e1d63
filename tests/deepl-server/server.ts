// A local, framework-free DeepL-compatible server for tests and offline development.
//
// Answers what Duyệt (through deepl-node) calls: POST /v2/translate, GET /v2/usage, GET /v2/languages and
// the multilingual glossary API v3 (create, list, get, get entries, replace/delete dictionary, patch,
// delete). Translations are deterministic pseudo-translations (see pseudo.ts).
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
import type { ArmedFault, DeeplServer, DeeplServerOptions, FaultSpec, RecordedRequest, ServerStats } from "./protocol";
import { HttpError, one, parseParams, type Params } from "./params";
import { translateRequest } from "./translate";
import { glossaryRoute, type GlossaryStore } from "./glossaries";

// The public face stays here: tests and scripts import the server, its limits and its types from this file.
export { DEEPL_MAX_BODY_BYTES, DEEPL_MAX_TEXTS } from "./protocol";
export type { DeeplServer, DeeplServerOptions, FaultSpec, RecordedRequest, ServerStats } from "./protocol";

export async function startDeeplServer(options: DeeplServerOptions = {}): Promise<DeeplServer> {
  const defaultLimit = options.characterLimit ?? 500_000;
  let characterLimit = defaultLimit;
  let characterCount = 0;
  let faults: ArmedFault[] = [];
  let log: RecordedRequest[] = [];
  const store: GlossaryStore = { glossaries: new Map(), seq: 0 };
  let counters = freshCounters();
  const sockets = new Set<Socket>();
  const timers = new Map<NodeJS.Timeout, Socket>();

  function freshCounters() {
    return {
      requests: 0,
      byPath: {} as Record<string, number>,
      translateRequests: 0,
      translateSucceeded: 0,
      textsTranslated: 0,
      billedCharacters: 0,
      faultsInjected: 0,
    };
  }

  function takeFault(seq: number, path: string): ArmedFault | null {
    for (const f of faults) {
      if (f.count <= 0) continue;
      if (f.path && !path.startsWith(f.path)) continue;
      if (seq <= f.armedAt + f.afterRequests) continue;
      f.count--;
      counters.faultsInjected++;
      return f;
    }
    return null;
  }

  function translate(p: Params, rec: RecordedRequest) {
    const { translations, billed } = translateRequest(p, rec, store.glossaries, characterLimit - characterCount);
    characterCount += billed;
    counters.billedCharacters += billed;
    counters.textsTranslated += translations.length;
    counters.translateSucceeded++;
    return { status: 200, body: { translations } };
  }

  function route(
    method: string,
    path: string,
    p: Params,
    rec: RecordedRequest,
  ): { status: number; body?: unknown; text?: string } {
    if (method === "POST" && path === "/v2/translate") return translate(p, rec);
    if (method === "GET" && path === "/v2/usage")
      return { status: 200, body: { character_count: characterCount, character_limit: characterLimit } };
    if (method === "GET" && path === "/v2/languages") {
      const target = one(p, "type") === "target";
      const list = target
        ? [
            { language: "DE", name: "German", supports_formality: true },
            { language: "EN-GB", name: "English (British)", supports_formality: false },
            { language: "EN-US", name: "English (American)", supports_formality: false },
            { language: "VI", name: "Vietnamese", supports_formality: false },
          ]
        : [
            { language: "DE", name: "German" },
            { language: "EN", name: "English" },
            { language: "VI", name: "Vietnamese" },
          ];
      return { status: 200, body: list };
    }
    const m = /^\/v3\/glossaries(?:\/([^/]+))?(?:\/(entries|dictionaries))?$/.exec(path);
    if (m) return glossaryRoute(store, method, m[1], m[2], p, rec);
    throw new HttpError(404, "Not found");
  }

  function send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    if (res.destroyed) return;
    if (body === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    const json = JSON.stringify(body);
    res
      .writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(json),
        ...headers,
      })
      .end(json);
  }

  function stats(): ServerStats {
    return { ...counters, byPath: { ...counters.byPath }, characterLimit, glossaries: store.glossaries.size };
  }

  function setFault(spec: FaultSpec | FaultSpec[]) {
    for (const f of Array.isArray(spec) ? spec : [spec]) {
      if (!(typeof f.status === "number" || f.status === "drop" || f.status === "slow"))
        throw new Error(`invalid fault ${JSON.stringify(f)}`);
      faults.push({
        status: f.status,
        count: f.count ?? 1,
        afterRequests: f.afterRequests ?? 0,
        delayMs: f.delayMs ?? 1000,
        path: f.path,
        armedAt: counters.requests,
      });
    }
  }

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
    faults = [];
    log = [];
    store.glossaries = new Map();
    store.seq = 0;
    characterCount = 0;
    characterLimit = defaultLimit;
    counters = freshCounters();
  }

  function configure(cfg: { characterLimit?: number; characterCount?: number }) {
    if (cfg.characterLimit !== undefined) characterLimit = cfg.characterLimit;
    if (cfg.characterCount !== undefined) characterCount = cfg.characterCount;
  }

  function control(method: string, path: string, body: Buffer, res: http.ServerResponse) {
    let json: Record<string, unknown> = {};
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString("utf8"));
      } catch {
        return send(res, 400, { message: "Invalid JSON" });
      }
    }
    try {
      if (method === "POST" && path === "/__control/fault") {
        setFault((Array.isArray(json) ? json : [json]) as FaultSpec[]);
        return send(res, 200, { ok: true, pending: faults.filter((f) => f.count > 0).length });
      }
      if (method === "GET" && path === "/__control/stats") return send(res, 200, stats());
      if (method === "GET" && path === "/__control/requests") return send(res, 200, log);
      if (method === "POST" && path === "/__control/reset") {
        reset();
        return send(res, 200, { ok: true });
      }
      if (method === "POST" && path === "/__control/config") {
        configure(json as { characterLimit?: number; characterCount?: number });
        return send(res, 200, { ok: true });
      }
    } catch (e) {
      return send(res, 400, { message: (e as Error).message });
    }
    return send(res, 404, { message: "Not found" });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const method = (req.method ?? "GET").toUpperCase();
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
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (path.startsWith("/__control/")) return control(method, path, body, res);

      counters.requests++;
      if (path === "/v2/translate") counters.translateRequests++;
      counters.byPath[`${method} ${path}`] = (counters.byPath[`${method} ${path}`] ?? 0) + 1;
      const seq = counters.requests;
      const rec: RecordedRequest = { seq, method, path, status: 0, fault: null, bodyBytes: size };
      log.push(rec);

      const respond = () => {
        if (size > DEEPL_MAX_BODY_BYTES) {
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
          const out = route(method, path, params, rec);
          rec.status = out.status;
          return send(res, out.status, out.body);
        } catch (e) {
          const status = e instanceof HttpError ? e.status : 500;
          rec.status = status;
          return send(res, status, { message: e instanceof Error ? e.message : "Internal error" });
        }
      };

      const fault = takeFault(seq, path);
      if (fault) {
        rec.fault = fault.status;
        // still record what was asked, for assertions
        try {
          const p = parseParams(body, req.headers["content-type"], url.searchParams);
          if (path === "/v2/translate")
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
        if (fault.status === "drop") {
          rec.status = "dropped";
          req.socket.destroy();
          return;
        }
        if (fault.status === "slow") {
          const t = setTimeout(() => {
            timers.delete(t);
            respond();
          }, fault.delayMs);
          timers.set(t, req.socket);
          return;
        }
        rec.status = fault.status;
        const messages: Record<number, string> = {
          429: "Too many requests",
          456: "Quota Exceeded",
          403: "Forbidden",
          500: "Internal Server Error",
          502: "Bad Gateway",
          503: "Service Unavailable",
          504: "Gateway Timeout",
        };
        return send(
          res,
          fault.status,
          { message: messages[fault.status] ?? "Injected fault" },
          fault.status === 429 ? { "retry-after": "0" } : {},
        );
      }
      respond();
    });
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
    stats,
    requests: () => log.map((r) => ({ ...r })),
    setFault,
    clearFaults: () => {
      faults = [];
    },
    configure,
    glossaries: () =>
      [...store.glossaries.values()].map((g) => ({
        ...g,
        dictionaries: g.dictionaries.map((d) => ({ ...d, entries: new Map(d.entries) })),
      })),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        abortSlow();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
