// Pure request planning for DeepL: at most `maxTexts` texts and `maxBytes` request body per request.
//
// DeepL's `context` is one string per request, so items that share a request share one context. To keep the
// number of requests ≈ ⌈segments / 50⌉ we do not split batches at paragraph boundaries; instead the context
// of a batch is the article headline plus every distinct paragraph its items belong to (in document order),
// cut to `maxContextBytes` — the budget is shared fairly between paragraphs (water-filling), so a long
// paragraph cannot crowd out the others. Context is not billed, but it does count towards the body size.
//
// Sizes are measured as what deepl-node actually sends: an application/x-www-form-urlencoded body, where a
// Vietnamese letter such as "ệ" (3 UTF-8 bytes) costs 9 bytes ("%E1%BB%87").
import { TranslationError } from "./types";

export type BatchItem = { id: string; text: string; context: string };
export type BatchLimits = { maxTexts: number; maxBytes: number };
export type BatchOptions = {
  /** Article headline, put first into every batch's context. */
  headline?: string;
  /** Upper bound for the (encoded) context of one request. Default 8 KiB. */
  maxContextBytes?: number;
  /** Reserved for the other form fields (target_lang, source_lang, glossary_id, formality …). Default 512. */
  overheadBytes?: number;
};
export type Batch<T extends BatchItem = BatchItem> = { items: T[]; context: string; bytes: number };

/** DeepL allows 50 texts and 128 KiB per request; we stay well under the byte limit. */
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxTexts: 50, maxBytes: 100 * 1024 };
export const DEFAULT_MAX_CONTEXT_BYTES = 8 * 1024;
export const DEFAULT_OVERHEAD_BYTES = 512;
const TEXT_FIELD_BYTES = "&text=".length;

function utf8Len(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Length of `s` once encoded by URLSearchParams (application/x-www-form-urlencoded, UTF-8). */
export function formEncodedLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      // URLSearchParams leaves A-Z a-z 0-9 * - . _ as is and turns space into "+"
      n += /[A-Za-z0-9*\-._ ]/.test(ch) ? 1 : 3;
    } else n += 3 * utf8Len(cp);
  }
  return n;
}

/** Cut `s` so that its encoded length fits `maxBytes`, preferring a word boundary, marking the cut with "…". */
export function truncateEncoded(s: string, maxBytes: number): string {
  if (formEncodedLength(s) <= maxBytes) return s;
  const ellipsis = "…";
  const budget = maxBytes - formEncodedLength(ellipsis);
  if (budget <= 0) return "";
  let used = 0;
  let cut = 0;
  for (const ch of s) {
    const len = formEncodedLength(ch);
    if (used + len > budget) break;
    used += len;
    cut += ch.length;
  }
  let head = s.slice(0, cut);
  const lastSpace = head.search(/\s\S*$/);
  if (lastSpace > head.length * 0.8) head = head.slice(0, lastSpace);
  return head.trimEnd() + ellipsis;
}

/**
 * Context for one request: headline + distinct paragraphs, at most `maxBytes` encoded.
 * Budget after the headline is shared between paragraphs by water-filling (short ones keep their full
 * text, the rest share what remains equally).
 */
export function buildContext(
  headline: string | undefined,
  paragraphs: string[],
  maxBytes = DEFAULT_MAX_CONTEXT_BYTES,
): string {
  const sep = "\n\n";
  const sepBytes = formEncodedLength(sep);
  const distinct = [...new Set(paragraphs.map((p) => p.trim()).filter((p) => p.length > 0))];
  const head = headline?.trim() ? truncateEncoded(headline.trim(), Math.floor(maxBytes / 4)) : "";
  let remaining = maxBytes - formEncodedLength(head) - (head ? sepBytes : 0);
  if (distinct.length === 0 || remaining <= 0) return head;
  remaining -= sepBytes * (distinct.length - 1);
  const sizes = distinct.map((p) => formEncodedLength(p));
  const alloc = new Array<number>(distinct.length).fill(0);
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
  let left = Math.max(0, remaining);
  order.forEach((idx, k) => {
    const share = Math.floor(left / (order.length - k));
    alloc[idx] = Math.min(sizes[idx]!, share);
    left -= alloc[idx]!;
  });
  const parts = distinct.map((p, i) => truncateEncoded(p, alloc[i]!)).filter((p) => p.length > 0);
  return [head, ...parts].filter((p) => p.length > 0).join(sep);
}

/**
 * Split items (kept in document order) into requests of at most `limits.maxTexts` texts whose encoded
 * body (texts + context + overhead) stays within `limits.maxBytes`. Throws MT_REQUEST_TOO_LARGE when a single
 * text cannot fit any request.
 */
export function planBatches<T extends BatchItem>(
  items: T[],
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  opts: BatchOptions = {},
): Batch<T>[] {
  const maxContextBytes = opts.maxContextBytes ?? DEFAULT_MAX_CONTEXT_BYTES;
  const overhead = opts.overheadBytes ?? DEFAULT_OVERHEAD_BYTES;
  const textBudget = limits.maxBytes - overhead - maxContextBytes - "&context=".length;
  if (limits.maxTexts < 1 || textBudget < 1) throw new RangeError("batch limits leave no room for texts");

  const batches: Batch<T>[] = [];
  let current: T[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    const context = buildContext(
      opts.headline,
      current.map((i) => i.context),
      maxContextBytes,
    );
    batches.push({
      items: current,
      context,
      bytes: bytes + overhead + "&context=".length + formEncodedLength(context),
    });
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = TEXT_FIELD_BYTES + formEncodedLength(item.text);
    if (size > textBudget)
      throw new TranslationError("MT_REQUEST_TOO_LARGE", { id: item.id, bytes: size, limit: textBudget });
    if (current.length >= limits.maxTexts || bytes + size > textBudget) flush();
    current.push(item);
    bytes += size;
  }
  flush();
  return batches;
}
