// Repetitions inside one article: segments whose Vietnamese source is the same once normalised
// (lib/translation/tm.ts normalizeForTm: NFC, whitespace collapsed). When a translator confirms one of
// them, its repeats that nobody has written yet take the same text (lib/review/server/propagate-repeats.ts).
// Pure: which repeats may take the text is decided here, the database work lives in the server file.
import { normalizeForTm } from "@/lib/translation/tm";
import type { Origin, TranslationState } from "@/lib/vocabulary";

export type RepeatCandidate = {
  id: string;
  segmentId: string;
  state: TranslationState;
  origin: Origin;
  text: string;
};

/**
 * May this repeat take a confirmed text? Only when no person wrote its current text: still untranslated,
 * machine text, or a draft that only the memory filled (origin tm / tm-fuzzy). A repeat a person edited —
 * any human text, and anything translated, approved or rejected — is never overwritten.
 */
export function mayTakeRepeat(row: Pick<RepeatCandidate, "state" | "origin">): boolean {
  if (row.state === "untranslated" || row.state === "machine") return true;
  if (row.state === "draft") return row.origin === "tm" || row.origin === "tm-fuzzy";
  return false;
}

/** The segments (other than the confirmed one) whose normalised source equals the confirmed segment's. */
export function repeatSegmentIds(
  confirmed: { id: string; source: string },
  segments: readonly { id: string; sourceText: string; translatable: boolean }[],
): string[] {
  const key = normalizeForTm(confirmed.source);
  if (!key) return [];
  return segments
    .filter((s) => s.id !== confirmed.id && s.translatable && normalizeForTm(s.sourceText) === key)
    .map((s) => s.id);
}

/** The repeats that take the text, in id order (a fixed lock order for their rows, as saves use). */
export function repeatsToFill<T extends Pick<RepeatCandidate, "id" | "state" | "origin">>(
  candidates: readonly T[],
): T[] {
  return candidates.filter(mayTakeRepeat).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
