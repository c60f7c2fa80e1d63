// The test hooks over HTTP (/__control/…): arm faults, read stats and the request log, reset, configure.
import type http from "node:http";
import type { FaultSpec } from "./protocol";
import { send } from "./send";
import { configure, setFault, stats, type ServerState } from "./state";

export function control(
  state: ServerState,
  reset: () => void,
  method: string,
  path: string,
  body: Buffer,
  res: http.ServerResponse,
) {
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
      setFault(state, (Array.isArray(json) ? json : [json]) as FaultSpec[]);
      return send(res, 200, { ok: true, pending: state.faults.filter((f) => f.count > 0).length });
    }
    if (method === "GET" && path === "/__control/stats") return send(res, 200, stats(state));
    if (method === "GET" && path === "/__control/requests") return send(res, 200, state.log);
    if (method === "POST" && path === "/__control/reset") {
      reset();
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__control/config") {
      configure(state, json as { characterLimit?: number; characterCount?: number });
      return send(res, 200, { ok: true });
    }
  } catch (e) {
    return send(res, 400, { message: (e as Error).message });
  }
  return send(res, 404, { message: "Not found" });
}
