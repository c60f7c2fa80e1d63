import type { Params } from "../params";
import type { RecordedRequest } from "../protocol";
import type { ServerState } from "../state";

export type RouteResult = { status: number; body?: unknown; text?: string };
/** One API route: reads the parameters, may change the server's state, answers or throws HttpError. */
export type Route = (state: ServerState, p: Params, rec: RecordedRequest) => RouteResult;
