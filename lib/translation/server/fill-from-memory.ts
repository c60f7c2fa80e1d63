import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { parseTargetLang, type TargetLang } from "@/lib/vocabulary";
import {
  memoryHashes,
  pickFuzzy,
  planExactFills,
  type FillSegment,
  type MemoryFill,
} from "@/lib/translation/memory-fill";
import { normalizeForTm } from "@/lib/translation/tm";
import { loadMemoryFillSettings } from "@/lib/settings/server/memory-fill-settings";
import { findMemoryMatches } from "./find-memory-matches";
import { writeMemoryFills, type MemoryFillResult } from "./write-memory-fills";

export type { MemoryFillResult };

/** SQLite binds at most 32,766 parameters; a long article's hashes go in slices well under that. */
const HASH_SLICE = 500;

async function exactUnits(hashes: string[]) {
  const units = [];
  for (let i = 0; i < hashes.length; i += HASH_SLICE) {
    const slice = hashes.slice(i, i + HASH_SLICE);
    units.push(
      ...(await db.tmEntry.findMany({ where: { hash: { in: slice } }, select: { hash: true, de: true, en: true } })),
    );
  }
  return units;
}

/** Fuzzy pre-fills for what exact matches left open: one lookup per distinct source (bounded by the article). */
async function fuzzyFills(rest: FillSegment[], threshold: number): Promise<MemoryFill[]> {
  const bySource = new Map<string, FillSegment[]>();
  for (const s of rest) {
    const key = normalizeForTm(s.source);
    bySource.set(key, [...(bySource.get(key) ?? []), s]);
  }
  const fills: MemoryFill[] = [];
  for (const group of bySource.values()) {
    const { matches } = await findMemoryMatches({ segmentId: group[0]!.id, limit: 5 });
    for (const s of group) {
      for (const lang of s.open) {
        const hit = pickFuzzy(matches, lang, threshold);
        if (hit) fills.push({ segmentId: s.id, lang, ...hit });
      }
    }
  }
  return fills;
}

/**
 * Fills every untranslated segment of the article whose source the memory holds (exact: same normalised
 * source, one hash query) as a draft from the memory — no machine translation, whether DeepL is set up or
 * not. With the admin's fuzzy threshold on, close matches are pre-filled too and marked with their score.
 * The writes, their revisions and one audit row are one transaction (write-memory-fills.ts).
 */
export async function fillFromMemory(
  input: { articleId: string },
  actor: Actor,
  via: "import" | "editor",
): Promise<MemoryFillResult> {
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const rows = await db.segment.findMany({
    where: { articleId: input.articleId },
    orderBy: { position: "asc" },
    select: { id: true, sourceText: true, translatable: true, translations: { select: { lang: true, state: true } } },
  });
  const segments = rows.map((s): FillSegment => ({
    id: s.id,
    source: s.sourceText,
    translatable: s.translatable,
    open: s.translations.filter((t) => t.state === "untranslated").map((t): TargetLang => parseTargetLang(t.lang)),
  }));
  const exact = planExactFills(segments, await exactUnits(memoryHashes(segments)));
  const { fuzzyThreshold } = await loadMemoryFillSettings();
  const fuzzy = fuzzyThreshold === null ? [] : await fuzzyFills(exact.rest, fuzzyThreshold);
  return writeMemoryFills({ articleId: input.articleId, actor, via, fills: [...exact.fills, ...fuzzy] });
}
