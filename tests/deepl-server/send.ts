import type http from "node:http";

/** A JSON answer (or an empty one), unless the client is already gone. */
export function send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
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
