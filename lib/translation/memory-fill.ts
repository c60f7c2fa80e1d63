// Fill from memory without machine translation: which open segments take an exact memory unit, and which
// fuzzy match (if the admin turned pre-filling on) is good enough. Pure; the database work is in
// lib/translation/server/fill-from-memory.ts. Exact = same normalised source (tm-key.ts hash).
import { tmKey } from "./tm-key";
import type { TargetLang } from "@/lib/vocabulary";

export type FillSegment = {
  id: string;
  source: string;
  translatable: boolean;
  /** The languages whose row is still untranslated (only those are filled). */
  open: readonly TargetLang[];
};
export type MemoryUnit = { hash: string; de: string | null; en: string | null };
export type MemoryFill = { segmentId: string; lang: TargetLang; text: string; score: number };

/** The thresholds an admin can choose for pre-filling fuzzy matches (null: off, the default). */
export const FUZZY_FILL_THRESHOLDS = [0.95, 0.9, 0.85, 0.8, 0.75] as const;

/** The segments worth a memory lookup: translatable, with a source, with at least one open language. */
export function fillable(segments: readonly FillSegment[]): FillSegment[] {
  return segments.filter((s) => s.translatable && s.source.trim().length > 0 && s.open.length > 0);
}

/** The distinct hashes to look up (one query for the whole article). */
export function memoryHashes(segments: readonly FillSegment[]): string[] {
  return [...new Set(fillable(segments).map((s) => tmKey(s.source).hash))];
}

/**
 * Exact fills: every open language of a segment whose memory unit has a non-blank text in it. Returns
 * the fills and what is left open (for the fuzzy pass).
 */
export function planExactFills(
  segments: readonly FillSegment[],
  units: readonly MemoryUnit[],
): { fills: MemoryFill[]; rest: FillSegment[] } {
  const byHash = new Map(units.map((u) => [u.hash, u]));
  const fills: MemoryFill[] = [];
  const rest: FillSegment[] = [];
  for (const s of fillable(segments)) {
    const unit = byHash.get(tmKey(s.source).hash);
    const left: TargetLang[] = [];
    for (const lang of s.open) {
      const text = unit?.[lang]?.trim();
      if (text) fills.push({ segmentId: s.id, lang, text, score: 1 });
      else left.push(lang);
    }
    if (left.length > 0) rest.push({ ...s, open: left });
  }
  return { fills, rest };
}

/** The best fuzzy match (best first, as findMemoryMatches returns them) with a text in `lang`, if ≥ threshold. */
export function pickFuzzy(
  matches: readonly { score: number; de: string | null; en: string | null }[],
  lang: TargetLang,
  threshold: number,
): { text: string; score: number } | null {
  for (const m of matches) {
    if (m.score + 1e-9 < threshold) return null;
    const text = m[lang]?.trim();
    if (text) return { text, score: m.score };
  }
  return null;
}

/** "92 %": a fuzzy score as the editor shows it (rounded down, so 89.6 % never reads as 90 %). */
export function fuzzyPercent(score: number): number {
  return Math.floor(score * 100 + 1e-9);
}

/** The fuzzy score a memory pre-fill stored in machineSettings (null for anything else). */
export function fuzzyScoreOf(origin: string, machineSettings: string | null): number | null {
  if (origin !== "tm-fuzzy" || !machineSettings) return null;
  const score = (JSON.parse(machineSettings) as { score?: unknown }).score;
  return typeof score === "number" ? score : null;
}
