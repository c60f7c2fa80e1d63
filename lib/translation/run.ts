// Framework-free MT run for one article: fills missing target segments from the TM (exact match) and sends
// only what is still missing to the provider, batched with per-batch context. All-or-nothing: on any
// provider fault it throws (TranslationError) and returns nothing, so callers never write partial MT.
import { DEFAULT_BATCH_LIMITS, planBatches, type BatchLimits } from "./batch";
import { normalizeForTm } from "./tm";
import { TARGET_LANGS, type TargetLang, type TranslationProvider } from "./types";

export type MtSegment = {
  id: string;
  source: string;
  /** Text of the paragraph the segment belongs to (sent as context). */
  paragraph: string;
  /** false for boilerplate marked not-to-translate. Default true. */
  translatable?: boolean;
  /** Current target texts; non-empty ones are not translated again. */
  existing?: Partial<Record<TargetLang, string | null | undefined>>;
};

/** Exact TM lookup by normalised source (normalizeForTm). */
export type TmExactLookup = (
  normalizedSource: string,
  target: TargetLang,
) => string | null | undefined | Promise<string | null | undefined>;

export type MtFill = {
  segmentId: string;
  target: TargetLang;
  text: string;
  origin: "tm" | "mt";
  billedCharacters: number;
};
export type MtRunResult = {
  fills: MtFill[];
  billedCharacters: Record<TargetLang, number>;
  /** Provider calls made (one per batch). */
  requests: number;
};

export async function runMachineTranslation(input: {
  provider: TranslationProvider;
  headline: string;
  segments: MtSegment[];
  targets?: readonly TargetLang[];
  glossaryId?: string | null;
  tmExact?: TmExactLookup;
  limits?: BatchLimits;
}): Promise<MtRunResult> {
  const fills: MtFill[] = [];
  const billedCharacters: Record<TargetLang, number> = { de: 0, en: 0 };
  let requests = 0;

  for (const target of input.targets ?? TARGET_LANGS) {
    const missing = input.segments.filter(
      (s) => s.translatable !== false && s.source.trim().length > 0 && !s.existing?.[target]?.trim(),
    );
    // Same normalised source → translated once, filled everywhere.
    const groups = new Map<string, MtSegment[]>();
    for (const s of missing) {
      const key = normalizeForTm(s.source);
      const g = groups.get(key);
      if (g) g.push(s);
      else groups.set(key, [s]);
    }
    const toSend: { id: string; text: string; context: string }[] = [];
    for (const [key, segs] of groups) {
      const hit = input.tmExact ? await input.tmExact(key, target) : null;
      if (hit) {
        for (const s of segs) fills.push({ segmentId: s.id, target, text: hit, origin: "tm", billedCharacters: 0 });
      } else {
        toSend.push({ id: key, text: segs[0]!.source, context: segs[0]!.paragraph });
      }
    }
    const batches = planBatches(toSend, input.limits ?? DEFAULT_BATCH_LIMITS, { headline: input.headline });
    for (const batch of batches) {
      const result = await input.provider.translate({
        texts: batch.items.map((i) => i.text),
        target,
        context: batch.context,
        glossaryId: input.glossaryId ?? null,
      });
      requests++;
      batch.items.forEach((item, k) => {
        const r = result[k]!;
        billedCharacters[target] += r.billedCharacters;
        groups.get(item.id)!.forEach((s, n) =>
          fills.push({
            segmentId: s.id,
            target,
            text: r.text,
            origin: "mt",
            billedCharacters: n === 0 ? r.billedCharacters : 0,
          }),
        );
      });
    }
  }
  return { fills, billedCharacters, requests };
}
