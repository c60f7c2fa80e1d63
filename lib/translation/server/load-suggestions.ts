import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TargetLang } from "@/lib/vocabulary";
import { MAX_NUMBERED, termsInSource, type MemorySuggestion, type Suggestions } from "@/lib/translation/suggestions";
import { findMemoryMatches } from "./find-memory-matches";

/**
 * Everything the suggestions panel shows for one cell, in one round trip: the memory matches that have
 * text in the cell's language (with when the unit was written), the cell's machine text, and the
 * glossary terms found in the source. The machine text is read here, not taken from the editor's
 * payload, so the panel does not depend on what the page sends.
 */
export async function loadSuggestions(input: { segmentId: string; lang: TargetLang }): Promise<Suggestions> {
  const { segmentId, lang } = input;
  const [found, translation, glossary] = await Promise.all([
    findMemoryMatches({ segmentId, limit: MAX_NUMBERED }),
    db.translation.findUnique({
      where: { segmentId_lang: { segmentId, lang } },
      select: { machineText: true },
    }),
    db.glossaryTerm.findMany({
      select: { vi: true, de: true, en: true, note: true, caseSensitive: true },
      orderBy: { vi: "asc" },
    }),
  ]);
  if (!translation) throw new AppError("TRANSLATION_NOT_FOUND");
  const withText = found.matches.filter((m) => m[lang]);
  // The unit's date is not part of a match: one indexed read by id for the few shown.
  const dates = await db.tmEntry.findMany({
    where: { id: { in: withText.map((m) => m.id) } },
    select: { id: true, updatedAt: true },
  });
  const when = new Map(dates.map((d) => [d.id, d.updatedAt.toISOString()]));
  const memory: MemorySuggestion[] = withText.map((m) => ({
    id: m.id,
    score: m.score,
    vi: m.vi,
    text: m[lang]!,
    updatedAt: when.get(m.id) ?? "",
  }));
  return {
    segmentId,
    lang,
    source: found.source,
    memory,
    machine: translation.machineText || null,
    terms: termsInSource(found.source, glossary, lang),
  };
}
