import "server-only";
import { db } from "@/lib/db";
import { hasPhrase, matchWords, type Range } from "@/lib/translation/concordance";
import type { ConcordanceKind } from "./concordance-candidates";

export type ConcordanceHit = {
  kind: ConcordanceKind;
  id: string;
  vi: string;
  de: string | null;
  en: string | null;
  article: { id: string; title: string } | null;
  ranges: { vi: Range[]; de: Range[]; en: Range[] };
  phrase: boolean;
};

type Texts = Omit<ConcordanceHit, "ranges" | "phrase" | "kind">;

/** The current texts of candidate ids, kept when they still hold every word (the index only adds words). */
export async function loadConcordanceHits(
  kind: ConcordanceKind,
  ids: string[],
  words: readonly string[],
): Promise<ConcordanceHit[]> {
  const texts = kind === "tm" ? await memoryTexts(ids) : await segmentTexts(ids);
  const hits: ConcordanceHit[] = [];
  for (const t of texts) {
    const fields = {
      vi: matchWords(t.vi, words),
      de: matchWords(t.de ?? "", words),
      en: matchWords(t.en ?? "", words),
    };
    const found = new Set([...fields.vi.found, ...fields.de.found, ...fields.en.found]);
    if (found.size < words.length) continue;
    const ranges = { vi: fields.vi.ranges, de: fields.de.ranges, en: fields.en.ranges };
    const phrase = [t.vi, t.de, t.en].some((x) => x !== null && hasPhrase(x, words));
    hits.push({ kind, ...t, ranges, phrase });
  }
  return hits;
}

async function memoryTexts(ids: string[]): Promise<Texts[]> {
  const rows = await db.tmEntry.findMany({
    where: { id: { in: ids } },
    select: { id: true, vi: true, de: true, en: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ ...r, article: null }));
}

/** A segment's source and its approved German and English (a target no longer approved is left out). */
async function segmentTexts(ids: string[]): Promise<Texts[]> {
  const rows = await db.segment.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      sourceText: true,
      article: { select: { id: true, title: true } },
      translations: { where: { state: "approved" }, select: { lang: true, text: true } },
    },
  });
  return rows
    .filter((r) => r.translations.length > 0)
    .map((r) => ({
      id: r.id,
      vi: r.sourceText,
      de: r.translations.find((t) => t.lang === "de")?.text ?? null,
      en: r.translations.find((t) => t.lang === "en")?.text ?? null,
      article: r.article,
    }));
}
