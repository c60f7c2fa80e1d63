// What the local DeepL server remembers between requests: quota, armed faults, the request log, glossaries
// and counters. One object, so route modules and test hooks change it without sharing closures.
import type { ArmedFault, FaultSpec, RecordedRequest, ServerStats } from "./protocol";
import type { GlossaryStore } from "./glossaries";

export type Counters = Omit<ServerStats, "characterLimit" | "glossaries">;

export type ServerState = {
  defaultLimit: number;
  characterLimit: number;
  characterCount: number;
  faults: ArmedFault[];
  log: RecordedRequest[];
  store: GlossaryStore;
  counters: Counters;
};

function freshCounters(): Counters {
  return {
    requests: 0,
    byPath: {},
    translateRequests: 0,
    translateSucceeded: 0,
    textsTranslated: 0,
    billedCharacters: 0,
    faultsInjected: 0,
  };
}

export function createState(defaultLimit: number): ServerState {
  return {
    defaultLimit,
    characterLimit: defaultLimit,
    characterCount: 0,
    faults: [],
    log: [],
    store: { glossaries: new Map(), seq: 0 },
    counters: freshCounters(),
  };
}

/** Everything back to a fresh server (the caller aborts held-back "slow" responses). */
export function resetState(state: ServerState): void {
  state.faults = [];
  state.log = [];
  state.store.glossaries = new Map();
  state.store.seq = 0;
  state.characterCount = 0;
  state.characterLimit = state.defaultLimit;
  state.counters = freshCounters();
}

/** Counts an API request and adds it to the log; the caller fills in its outcome. */
export function recordRequest(state: ServerState, method: string, path: string, bodyBytes: number): RecordedRequest {
  const { counters } = state;
  counters.requests++;
  if (path === "/v2/translate") counters.translateRequests++;
  counters.byPath[`${method} ${path}`] = (counters.byPath[`${method} ${path}`] ?? 0) + 1;
  const rec: RecordedRequest = { seq: counters.requests, method, path, status: 0, fault: null, bodyBytes };
  state.log.push(rec);
  return rec;
}

export function stats(state: ServerState): ServerStats {
  const { counters, characterLimit, store } = state;
  return { ...counters, byPath: { ...counters.byPath }, characterLimit, glossaries: store.glossaries.size };
}

export function configure(state: ServerState, cfg: { characterLimit?: number; characterCount?: number }): void {
  if (cfg.characterLimit !== undefined) state.characterLimit = cfg.characterLimit;
  if (cfg.characterCount !== undefined) state.characterCount = cfg.characterCount;
}

export function setFault(state: ServerState, spec: FaultSpec | FaultSpec[]): void {
  for (const f of Array.isArray(spec) ? spec : [spec]) {
    if (!(typeof f.status === "number" || f.status === "drop" || f.status === "slow"))
      throw new Error(`invalid fault ${JSON.stringify(f)}`);
    state.faults.push({
      status: f.status,
      count: f.count ?? 1,
      afterRequests: f.afterRequests ?? 0,
      delayMs: f.delayMs ?? 1000,
      path: f.path,
      armedAt: state.counters.requests,
    });
  }
}

/** Copies of the stored glossaries, so a test can read them without changing the server's. */
export function glossaryCopies(state: ServerState) {
  return [...state.store.glossaries.values()].map((g) => ({
    ...g,
    dictionaries: g.dictionaries.map((d) => ({ ...d, entries: new Map(d.entries) })),
  }));
}
