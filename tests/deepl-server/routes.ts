// The DeepL API routes, one small module each (routes/); glossaries (v3) in glossaries.ts.
import type { RecordedRequest } from "./protocol";
import { HttpError, type Params } from "./params";
import { glossaryRoute } from "./glossaries";
import type { ServerState } from "./state";
import { languagesRoute } from "./routes/languages";
import { translateRoute } from "./routes/translate";
import type { Route, RouteResult } from "./routes/route";
import { usageRoute } from "./routes/usage";

const ROUTES: Record<string, Route> = {
  "POST /v2/translate": translateRoute,
  "GET /v2/usage": usageRoute,
  "GET /v2/languages": languagesRoute,
};

export function route(state: ServerState, method: string, path: string, p: Params, rec: RecordedRequest): RouteResult {
  const handle = ROUTES[`${method} ${path}`];
  if (handle) return handle(state, p, rec);
  const m = /^\/v3\/glossaries(?:\/([^/]+))?(?:\/(entries|dictionaries))?$/.exec(path);
  if (m) return glossaryRoute(state.store, method, m[1], m[2], p, rec);
  throw new HttpError(404, "Not found");
}
