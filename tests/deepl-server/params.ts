// Request parsing for the local DeepL server: form or JSON parameters (deepl-node sends both), glossary
// entries in TSV or CSV, and the HTTP error a malformed request answers with.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Map<string, string[]>;

export function parseParams(body: Buffer, contentType: string | undefined, query: URLSearchParams): Params {
  const params: Params = new Map();
  const add = (k: string, v: unknown) => {
    if (v === undefined || v === null) return;
    const list = params.get(k) ?? [];
    if (Array.isArray(v)) list.push(...v.map(String));
    else list.push(typeof v === "object" ? JSON.stringify(v) : String(v));
    params.set(k, list);
  };
  for (const [k, v] of query) add(k, v);
  if (body.length === 0) return params;
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("application/json")) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      throw new HttpError(400, "Invalid JSON body");
    }
    if (json && typeof json === "object" && !Array.isArray(json)) {
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
        if (k === "dictionaries" && Array.isArray(v)) {
          v.forEach((d: Record<string, unknown>, i) => {
            for (const [dk, dv] of Object.entries(d ?? {})) add(`dictionaries[${i}].${dk}`, dv);
          });
        } else add(k, v);
      }
    }
    return params;
  }
  for (const [k, v] of new URLSearchParams(body.toString("utf8"))) add(k, v);
  return params;
}

export const one = (p: Params, k: string): string | undefined => p.get(k)?.[0];

export function parseEntries(entries: string, format: string): Map<string, string> {
  const map = new Map<string, string>();
  const lines = entries.split(/\r\n|\n|\r/).filter((l) => l.length > 0);
  for (const line of lines) {
    let src: string | undefined;
    let tgt: string | undefined;
    if (format === "csv") {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
        ?.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
      [src, tgt] = cells ?? [];
    } else {
      const parts = line.split("\t");
      if (parts.length !== 2) throw new HttpError(400, `Invalid glossary entry '${line}'`);
      [src, tgt] = parts;
    }
    src = src?.trim();
    tgt = tgt?.trim();
    if (!src || !tgt) throw new HttpError(400, `Invalid glossary entry '${line}'`);
    if (map.has(src)) throw new HttpError(400, `Duplicate source term '${src}'`);
    map.set(src, tgt);
  }
  if (map.size === 0) throw new HttpError(400, "Glossary dictionary entries must not be empty");
  return map;
}

export const toTsv = (m: Map<string, string>) => [...m].map(([s, t]) => `${s}\t${t}`).join("\n");
