// The DeepL provider: the only place deepl-node's client is built; deepl-node types stop at these files
// (deepl-call.ts: timeouts and retries; deepl-glossary.ts: the glossary kept in sync).
import { DeepLClient, type Formality, type TargetLanguageCode } from "deepl-node";
import { mapDeeplError } from "./deepl-errors";
import { deeplCaller, DEFAULT_RETRY, sleepReal, type DeeplCall, type RetryPolicy } from "./deepl-call";
import { DeeplGlossaries, glossaryDictionaries, SOURCE_LANG } from "./deepl-glossary";
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

export { mapDeeplError, glossaryDictionaries, DEFAULT_RETRY, type RetryPolicy };

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

function codePoints(s: string): number {
  return Array.from(s).length; // iterates code points, not UTF-16 units
}

export class DeeplProvider implements TranslationProvider {
  readonly engine = "deepl";
  private readonly client: DeepLClient;
  private readonly settings: TranslationSettings;
  private readonly limits: BatchLimits;
  private readonly call: DeeplCall;
  private readonly glossaries: DeeplGlossaries;

  constructor(opts: DeeplProviderOptions) {
    if (!opts.authKey?.trim()) throw new TranslationError("MT_NOT_CONFIGURED", { missing: "DEEPL_AUTH_KEY" });
    this.settings = opts.settings;
    const timeoutMs = opts.timeoutMs ?? 30_000;
    this.call = deeplCaller({ timeoutMs, retry: { ...DEFAULT_RETRY, ...opts.retry }, sleep: opts.sleep ?? sleepReal });
    this.limits = opts.limits ?? DEFAULT_BATCH_LIMITS;
    this.client = new DeepLClient(opts.authKey.trim(), {
      serverUrl: opts.serverUrl || undefined,
      maxRetries: 1, // one request per call; retries are ours (deepl-call.ts)
      minTimeout: timeoutMs,
      sendPlatformInfo: false,
      appInfo: { appName: "duyet", appVersion: "0.1.0" },
    });
    const name = opts.glossaryName ?? "Duyệt glossary";
    this.glossaries = new DeeplGlossaries(this.client, this.call, name, opts.glossaryCacheMs ?? 60_000);
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

  async translate(req: TranslationRequest): Promise<TranslationResult> {
    const results: TranslationResult = req.texts.map(() => ({ text: "", billedCharacters: 0 }));
    // DeepL refuses empty texts; they translate to "" without a request.
    const items = req.texts
      .map((text, i) => ({ id: String(i), text, context: "" }))
      .filter((it) => it.text.trim().length > 0);
    if (items.length === 0) return results;

    const context = req.context?.trim() ? truncateEncoded(req.context.trim(), DEFAULT_MAX_CONTEXT_BYTES) : undefined;
    const glossary =
      req.glossaryId && (await this.glossaries.targets(req.glossaryId)).has(req.target) ? req.glossaryId : undefined;
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

  syncGlossary(entries: GlossaryEntry[], currentId: string | null): Promise<string | null> {
    return this.glossaries.sync(entries, currentId);
  }
}

export function createDeeplProvider(opts: DeeplProviderOptions): DeeplProvider {
  return new DeeplProvider(opts);
}
