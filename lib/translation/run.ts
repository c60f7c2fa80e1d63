// The one machine-translation algorithm (used by the MT job and the tests): fills missing target segments
// from the TM (exact match) and sends only what is still missing to the provider, batched with per-batch
// context. Each batch goes to `commit` before the next one starts, so a caller that writes there keeps
// earlier batches when a later one fails. Without `commit` it is all-or-nothing: on any provider fault it
// throws (TranslationError) and returns nothing, so the caller never sees partial MT.
import { DEFAULT_BATCH_LIMITS, planBatches, type BatchLimits } from "./batch";
import { normalizeForTm } from "./tm";
import { type TranslationProvider } from "./types";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";

export type MtSegment = {
  id: string;
  source: string;
  /** Text of the paragraph the segment belongs to (sent as context). */
  paragraph: string;
  /** false for boilerplate marked not-to-translate. Default true. */
  translatable?: boolean;
  /** Current target texts; non-empty ones are not translated again. */
  existing?: Partial<Record<TargetLang, string | null | undefined>>;
  /** Whether a target is still to be filled; overrides `existing` (the job asks the row's state). */
  open?: Partial<Record<TargetLang, boolean>>;
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
/** One unit of work handed to `commit`: a chunk of memory fills, or one provider request's fills. */
export type MtCommit = {
  target: TargetLang;
  origin: "tm" | "mt";
  fills: MtFill[];
  billedCharacters: number;
  requests: number;
};
export type MtRunResult = {
  fills: MtFill[];
  billedCharacters: Record<TargetLang, number>;
  /** Provider calls made (one per batch). */
  requests: number;
};
export type MtRunInput = {
  provider: Pick<TranslationProvider, "translate">;
  headline: string;
  segments: MtSegment[];
  targets?: readonly TargetLang[];
  glossaryId?: string | null;
  tmExact?: TmExactLookup;
  limits?: BatchLimits;
  /** Called once per memory chunk and per provider batch, in order, before the next one starts. */
  commit?: (c: MtCommit) => Promise<void> | void;
  /** Memory fills per commit. Default 50. */
  tmChunk?: number;
};

/** Segments whose `target` is still to be filled: translatable, non-blank source, no target text yet. */
export function openSegments(segments: readonly MtSegment[], target: TargetLang): MtSegment[] {
  return segments.filter(
    (s) =>
      s.translatable !== false && s.source.trim().length > 0 && (s.open?.[target] ?? !s.existing?.[target]?.trim()),
  );
}

/** Same normalised source → translated once, filled everywhere. */
function groupBySource(segments: readonly MtSegment[]): Map<string, MtSegment[]> {
  const groups = new Map<string, MtSegment[]>();
  for (const s of segments) {
    const key = normalizeForTm(s.source);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

export async function runMachineTranslation(input: MtRunInput): Promise<MtRunResult> {
  const fills: MtFill[] = [];
  const billedCharacters: Record<TargetLang, number> = { de: 0, en: 0 };
  let requests = 0;
  const commit = async (c: MtCommit) => {
    fills.push(...c.fills);
    billedCharacters[c.target] += c.billedCharacters;
    requests += c.requests;
    await input.commit?.(c);
  };
  const tmChunk = input.tmChunk ?? 50;

  for (const target of input.targets ?? TARGET_LANGS) {
    const groups = groupBySource(openSegments(input.segments, target));
    const fromMemory: MtFill[] = [];
    const toSend: { id: string; text: string; context: string }[] = [];
    for (const [key, segs] of groups) {
      const hit = input.tmExact ? await input.tmExact(key, target) : null;
      if (hit) {
        for (const s of segs) {
          fromMemory.push({ segmentId: s.id, target, text: hit, origin: "tm", billedCharacters: 0 });
        }
      } else {
        toSend.push({ id: key, text: segs[0]!.source, context: segs[0]!.paragraph });
      }
    }
    for (let i = 0; i < fromMemory.length; i += tmChunk) {
      const chunk = fromMemory.slice(i, i + tmChunk);
      await commit({ target, origin: "tm", fills: chunk, billedCharacters: 0, requests: 0 });
    }
    const batches = planBatches(toSend, input.limits ?? DEFAULT_BATCH_LIMITS, { headline: input.headline });
    for (const batch of batches) {
      const result = await input.provider.translate({
        texts: batch.items.map((i) => i.text),
        target,
        context: batch.context,
        glossaryId: input.glossaryId ?? null,
      });
      const batchFills = batch.items.flatMap((item, k) =>
        groups.get(item.id)!.map((s, n): MtFill => ({
          segmentId: s.id,
          target,
          text: result[k]!.text,
          origin: "mt",
          billedCharacters: n === 0 ? result[k]!.billedCharacters : 0,
        })),
      );
      const billed = result.reduce((n, r) => n + r.billedCharacters, 0);
      await commit({ target, origin: "mt", fills: batchFills, billedCharacters: billed, requests: 1 });
    }
  }
  return { fills, billedCharacters, requests };
}
