// Provider-neutral translation types. Nothing outside lib/translation/deepl.ts knows DeepL's types.
import { AppError, ERROR_CODES, type ErrorCode } from "@/lib/errors";
import type { TargetLang } from "@/lib/vocabulary";

export type EnglishVariant = "EN-GB" | "EN-US";
export type GermanFormality = "default" | "more" | "less";
export type TranslationSettings = { englishVariant: EnglishVariant; germanFormality: GermanFormality };

export type TranslationRequest = {
  texts: string[];
  target: TargetLang;
  /** Extra text that steers the translation but is neither translated nor billed (DeepL `context`). */
  context?: string;
  /** Provider glossary id as returned by syncGlossary(). */
  glossaryId?: string | null;
};

/** One result per input text, same order. */
export type TranslationResult = { text: string; billedCharacters: number }[];

/** Vietnamese term → German and/or English term. */
export type GlossaryEntry = { vi: string; de?: string | null; en?: string | null };

export type Usage = { characterCount: number; characterLimit: number | null };

export interface TranslationProvider {
  readonly engine: string;
  translate(req: TranslationRequest): Promise<TranslationResult>;
  usage(): Promise<Usage>;
  /**
   * Make the provider-side glossary equal to `entries`; returns the id to pass as `glossaryId`
   * (null when there are no usable entries — any glossary `currentId` is then deleted).
   */
  syncGlossary(entries: GlossaryEntry[], currentId: string | null): Promise<string | null>;
}

/** The provider's codes: the MT_ part of the error catalogue (lib/errors/codes.ts). */
export type TranslationErrorCode = Extract<ErrorCode, `MT_${string}`>;
export const TRANSLATION_ERROR_CODES: readonly TranslationErrorCode[] = ERROR_CODES.filter(
  (code): code is TranslationErrorCode => code.startsWith("MT_"),
);

/** Transient faults: a later attempt may succeed (the provider already retried 429/5xx with backoff). */
const RETRYABLE: ReadonlySet<TranslationErrorCode> = new Set(["MT_RATE_LIMITED", "MT_SERVER_ERROR", "MT_NETWORK"]);

export class TranslationError extends AppError {
  declare readonly code: TranslationErrorCode;
  readonly retryable: boolean;

  constructor(code: TranslationErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
    this.name = "TranslationError";
    this.retryable = RETRYABLE.has(code);
  }
}

export function isTranslationError(e: unknown): e is TranslationError {
  return e instanceof TranslationError;
}
