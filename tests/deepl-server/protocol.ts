// The DeepL API facts the local server imitates (limits, languages) and the shapes of its test hooks.
export const DEEPL_MAX_TEXTS = 50;
export const DEEPL_MAX_BODY_BYTES = 128 * 1024;
export const HARD_BODY_CAP = 8 * 1024 * 1024; // beyond this we stop reading and drop the connection

export type FaultKind = number | "drop" | "slow";
export type FaultSpec = {
  /** HTTP status to answer with (429, 456, 403, 500, 503 …), "drop" (destroy the socket), "slow" (delay, then answer normally). */
  status: FaultKind;
  /** How many requests the fault applies to (default 1). */
  count?: number;
  /** Let this many API requests pass normally first (default 0). */
  afterRequests?: number;
  /** Delay for "slow" (default 1000 ms). */
  delayMs?: number;
  /** Only requests whose path starts with this prefix (e.g. "/v2/translate"). */
  path?: string;
};

export type RecordedRequest = {
  seq: number;
  method: string;
  path: string;
  status: number | "dropped";
  fault: FaultKind | null;
  bodyBytes: number;
  texts?: string[];
  target_lang?: string;
  source_lang?: string;
  context?: string;
  glossary_id?: string;
  formality?: string;
  params?: Record<string, string | string[]>;
};

export type ServerStats = {
  /** API requests received (faulted and refused ones included; /__control not counted). */
  requests: number;
  byPath: Record<string, number>;
  /** POST /v2/translate received (faulted and refused ones included). */
  translateRequests: number;
  /** Translate requests answered with 200. */
  translateSucceeded: number;
  textsTranslated: number;
  /** Billed characters (code points of translated texts; context not billed). */
  billedCharacters: number;
  characterLimit: number;
  faultsInjected: number;
  glossaries: number;
};

export type DeeplServerOptions = {
  port?: number;
  host?: string;
  /** Accepted key. If omitted, any non-empty key is accepted. */
  authKey?: string;
  characterLimit?: number;
};

export type DeeplServer = {
  url: string;
  port: number;
  stats(): ServerStats;
  requests(): RecordedRequest[];
  setFault(fault: FaultSpec | FaultSpec[]): void;
  clearFaults(): void;
  configure(cfg: { characterLimit?: number; characterCount?: number }): void;
  glossaries(): GlossaryView[];
  reset(): void;
  close(): Promise<void>;
};

export type GlossaryView = {
  glossary_id: string;
  name: string;
  creation_time: string;
  dictionaries: { source_lang: string; target_lang: string; entries: Map<string, string> }[];
};

export type ArmedFault = Required<Omit<FaultSpec, "path">> & { path?: string; armedAt: number };

export const FORMALITY_TARGETS = new Set(["DE", "FR", "IT", "ES", "NL", "PL", "PT-BR", "PT-PT", "JA", "RU"]);
export const TARGETS = new Set([
  "DE",
  "EN-GB",
  "EN-US",
  "EN",
  "VI",
  "FR",
  "IT",
  "ES",
  "NL",
  "PL",
  "PT-BR",
  "PT-PT",
  "JA",
  "RU",
]);
export const SOURCES = new Set(["VI", "DE", "EN", "FR", "IT", "ES", "NL", "PL", "PT", "JA", "RU"]);
