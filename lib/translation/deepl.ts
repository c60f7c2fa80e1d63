// The DeepL provider: the only module that imports deepl-node. deepl-node types stop here.
//
// Retries: deepl-node's own retry sleeps ≥ 1 s with no way to configure it, and its `maxRetries` counts
// total requests. We set maxRetries: 1 (one request, no internal sleep) and retry 429 and 5xx ourselves with
// exponential backoff + jitter: delay(n) = min(maxDelayMs, baseDelayMs · 2^(n−1)) · U(0.75, 1.25),
// `attempts` total tries (default 4, base 500 ms, max 8 s; tests use base 1 ms). 456, 403, other 4xx and
// network failures (including timeouts) are not retried: they stop the run with their error code.
//
// Timeouts: deepl-node's axios timeout is max(minTimeout, ~1 s), so a per-request timeout of our own
// (`timeoutMs`, default 30 s) races the call and fails with MT_NETWORK { reason: "timeout" }.
import { DeepLClient, GlossaryEntries, type Formality, type TargetLanguageCode } from "deepl-node";
import { mapDeeplError } from "./deepl-errors";
import { cleanTerm } from "./glossary";
import {
  DEFAULT_BATCH_LIMITS,
  formEncodedLength,
  planBatches,
  truncateEncoded,
  DEFAULT_MAX_CONTEXT_BYTES,
  type BatchLimits,
} from "./batch";
import {
  TranslationError,
  type GlossaryEntry,
  type TranslationProvider,
  type TranslationRequest,
  type TranslationResult,
  type TranslationSettings,
  type Usage,
} from "./types";
import type { TargetLang } from "@/lib/vocabulary";

export { mapDeeplError };

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export type DeeplProviderOptions = {
  authKey: string;
  serverUrl?: string;
  settings: TranslationSettings;
  /** Per-request timeout (ms). Default 30 000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Request limits used when a caller passes more texts than one DeepL request may hold. */
  limits?: BatchLimits;
  glossaryName?: string;
  /** How long the language pairs of a glossary are cached (ms). Default 60 000. */
  glossaryCacheMs?: number;
};

const SOURCE_LANG = "vi";
const GLOSSARY_TARGETS: readonly TargetLang[] = ["de", "en"];

function codePoints(s: string): number {
  return Array.from(s).length; // iterates code points, not UTF-16 units
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** vi→de and vi→en dictionaries from our entries (first entry for a Vietnamese term wins). */
export function glossaryDictionaries(entries: GlossaryEntry[]): Record<TargetLang, Map<string, string>> {
  const out: Record<TargetLang, Map<string, string>> = { de: new Map(), en: new Map() };
  for (const e of entries) {
    const vi = cleanTerm(e.vi);
    if (!vi) continue;
    for (const lang of GLOSSARY_TARGETS) {
      const term = cleanTerm(e[lang]);
      if (term && !out[lang].has(vi)) out[lang].set(vi, term);
    }
  }
  return out;
}

function sameEntries(a: Record<string, string>, b: Map<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== b.size) return false;
  return keys.every((k) => b.get(k) === a[k]);
}

export class DeeplProvider implements TranslationProvider {
  readonly engine = "deepl";
  private readonly client: DeepLClient;
  private readonly settings: TranslationSettings;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly limits: BatchLimits;
  private readonly glossaryName: string;
  private readonly glossaryCacheMs: number;
  private readonly glossaryPairs = new Map<string, { langs: Set<string>; at: number }>();

  constructor(opts: DeeplProviderOptions) {
    if (!opts.authKey?.trim()) throw new TranslationError("MT_NOT_CONFIGURED", { missing: "DEEPL_AUTH_KEY" });
    this.settings = opts.settings;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.sleep = opts.sleep ?? sleepReal;
    this.limits = opts.limits ?? DEFAULT_BATCH_LIMITS;
    this.glossaryName = opts.glossaryName ?? "Duyệt glossary";
    this.glossaryCacheMs = opts.glossaryCacheMs ?? 60_000;
    this.client = new DeepLClient(opts.authKey.trim(), {
      serverUrl: opts.serverUrl || undefined,
      maxRetries: 1, // one request per call; retries are ours (see top of file)
      minTimeout: this.timeoutMs,
      sendPlatformInfo: false,
      appInfo: { appName: "duyet", appVersion: "0.1.0" },
    });
  }

  /** One DeepL call with timeout, error mapping and backoff retries for 429/5xx. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.withTimeout(fn());
      } catch (raw) {
        const err = mapDeeplError(raw);
        const retry = err.code === "MT_RATE_LIMITED" || err.code === "MT_SERVER_ERROR";
        if (!retry || attempt >= this.retry.attempts) {
          if (retry) err.params.attempts = attempt;
          throw err;
        }
        const base = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
        await this.sleep(Math.round(base * (0.75 + Math.random() * 0.5)));
      }
    }
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new TranslationError("MT_NETWORK", { reason: "timeout", timeoutMs: this.timeoutMs })),
        this.timeoutMs,
      );
    });
    p.catch(() => undefined); // the abandoned call may still fail later
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }

  private targetCode(target: TargetLang): TargetLanguageCode {
    if (target === "de") return "de";
    return this.settings.englishVariant === "EN-US" ? "en-US" : "en-GB";
  }

  private formality(target: TargetLang): Formality | undefined {
    // DeepL supports formality for German but not English; prefer_* never fails on unsupported targets.
    if (target !== "de") return undefined;
    if (this.settings.germanFormality === "more") return "prefer_more";
    if (this.settings.germanFormality === "less") return "prefer_less";
    return undefined;
  }

  /** Language pairs (vi→x) the glossary holds; cached for glossaryCacheMs. */
  private async glossaryTargets(glossaryId: string): Promise<Set<string>> {
    const cached = this.glossaryPairs.get(glossaryId);
    if (cached && Date.now() - cached.at < this.glossaryCacheMs) return cached.langs;
    let info;
    try {
      info = await this.call(() => this.client.getMultilingualGlossary(glossaryId));
    } catch (e) {
      if (
        e instanceof TranslationError &&
        (e.code === "MT_GLOSSARY_NOT_FOUND" || (e.code === "MT_BAD_REQUEST" && e.params.status === 404))
      )
        throw new TranslationError("MT_GLOSSARY_NOT_FOUND", { glossaryId });
      throw e;
    }
    const langs = new Set(
      info.dictionaries
        .filter((d) => d.sourceLangCode.toLowerCase() === SOURCE_LANG)
        .map((d) => d.targetLangCode.toLowerCase()),
    );
    this.glossaryPairs.set(glossaryId, { langs, at: Date.now() });
    return langs;
  }

  async translate(req: TranslationRequest): Promise<TranslationResult> {
    const results: TranslationResult = req.texts.map(() => ({ text: "", billedCharacters: 0 }));
    // DeepL refuses empty texts; they translate to "" without a request.
    const items = req.texts
      .map((text, i) => ({ id: String(i), text, context: "" }))
      .filter((it) => it.text.trim().length > 0);
    if (items.length === 0) return results;

    const context = req.context?.trim() ? truncateEncoded(req.context.trim(), DEFAULT_MAX_CONTEXT_BYTES) : undefined;
    const glossary =
      req.glossaryId && (await this.glossaryTargets(req.glossaryId)).has(req.target) ? req.glossaryId : undefined;
    // A caller may pass more than one request's worth: split with the same context.
    const chunks = planBatches(items, this.limits, { maxContextBytes: context ? formEncodedLength(context) : 0 });
    const targetLang = this.targetCode(req.target);
    const formality = this.formality(req.target);

    for (const chunk of chunks) {
      const texts = chunk.items.map((it) => it.text);
      const out = await this.call(() =>
        this.client.translateText(texts, SOURCE_LANG, targetLang, {
          ...(context ? { context } : {}),
          ...(formality ? { formality } : {}),
          ...(glossary ? { glossary } : {}),
        }),
      );
      if (!Array.isArray(out) || out.length !== texts.length)
        throw new TranslationError("MT_INVALID_RESPONSE", {
          expected: texts.length,
          received: Array.isArray(out) ? out.length : 0,
        });
      chunk.items.forEach((it, k) => {
        const r = out[k]!;
        results[Number(it.id)] = { text: r.text, billedCharacters: r.billedCharacters ?? codePoints(it.text) };
      });
    }
    return results;
  }

  async usage(): Promise<Usage> {
    const u = await this.call(() => this.client.getUsage());
    return { characterCount: u.character?.count ?? 0, characterLimit: u.character?.limit ?? null };
  }

  async syncGlossary(entries: GlossaryEntry[], currentId: string | null): Promise<string | null> {
    const dicts = glossaryDictionaries(entries);
    const wanted = GLOSSARY_TARGETS.filter((l) => dicts[l].size > 0);
    const toDict = (lang: TargetLang) => ({
      sourceLangCode: SOURCE_LANG,
      targetLangCode: lang,
      entries: new GlossaryEntries({ entries: Object.fromEntries(dicts[lang]) }),
    });

    let existing: Set<string> | null = null;
    if (currentId) {
      try {
        this.glossaryPairs.delete(currentId);
        existing = await this.glossaryTargets(currentId);
      } catch (e) {
        if (!(e instanceof TranslationError && e.code === "MT_GLOSSARY_NOT_FOUND")) throw e;
        existing = null; // deleted on DeepL's side: create a new one
      }
    }

    if (wanted.length === 0) {
      if (currentId && existing) await this.call(() => this.client.deleteMultilingualGlossary(currentId));
      if (currentId) this.glossaryPairs.delete(currentId);
      return null;
    }

    if (!currentId || !existing) {
      const info = await this.call(() => this.client.createMultilingualGlossary(this.glossaryName, wanted.map(toDict)));
      this.glossaryPairs.set(info.glossaryId, { langs: new Set(wanted), at: Date.now() });
      return info.glossaryId;
    }

    const id = currentId;
    // Replace changed dictionaries first, delete dropped ones last (a glossary never becomes empty).
    for (const lang of wanted) {
      if (existing.has(lang)) {
        const current = await this.call(() =>
          this.client.getMultilingualGlossaryDictionaryEntries(id, SOURCE_LANG, lang),
        );
        if (sameEntries(current.entries.entries(), dicts[lang])) continue;
      }
      await this.call(() => this.client.replaceMultilingualGlossaryDictionary(id, toDict(lang)));
    }
    for (const lang of GLOSSARY_TARGETS) {
      if (dicts[lang].size === 0 && existing.has(lang))
        await this.call(() => this.client.deleteMultilingualGlossaryDictionary(id, SOURCE_LANG, lang));
    }
    this.glossaryPairs.set(id, { langs: new Set(wanted), at: Date.now() });
    return id;
  }
}

export function createDeeplProvider(opts: DeeplProviderOptions): DeeplProvider {
  return new DeeplProvider(opts);
}
