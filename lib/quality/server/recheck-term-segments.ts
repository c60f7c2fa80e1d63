import "server-only";
import { db } from "@/lib/db";
import { findTerm } from "@/lib/quality/checks/glossary";
import { loadCheckOptions } from "./check-options";
import { checkSegmentRows, storeRowIssues } from "./segment-issues";

/** Segments re-checked per transaction: a short write lock, whatever the size of the archive. */
export const RECHECK_BATCH = 100;

/** The spellings a term may take in a source (the check itself matches case-insensitively). */
function spellings(term: string): string[] {
  const t = term.normalize("NFC").trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return [...new Set([t, t.toLowerCase(), capital, t.toUpperCase()])].filter(Boolean);
}

/**
 * After a glossary term was added, changed or removed (its transaction committed, so the checks see the
 * new glossary), re-checks every translation whose segment's source contains the term (old and new
 * Vietnamese spelling): their glossary issues and the error/warning counts the lists show stay true.
 * Keyset batches by segment id: one pass over the segments table in all, each batch its own short
 * transaction. A row saved meanwhile keeps its own (newer) issues: its save already saw the new glossary.
 */
export async function recheckTermSegments(terms: readonly string[]): Promise<{ segments: number; rows: number }> {
  const wanted = terms.map((t) => t.trim()).filter(Boolean);
  if (wanted.length === 0) return { segments: 0, rows: 0 };
  // Case variants only narrow the scan; findTerm decides (word boundaries, any case).
  const filter = wanted.flatMap(spellings).map((s) => ({ sourceText: { contains: s } }));
  const options = await db.$transaction((tx) => loadCheckOptions(tx));
  let cursor: string | undefined;
  let [segments, rows] = [0, 0];
  for (;;) {
    const batch = await db.segment.findMany({
      where: { OR: filter, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: RECHECK_BATCH,
      select: {
        id: true,
        sourceText: true,
        kind: true,
        translations: { select: { id: true, lang: true, text: true, state: true, version: true } },
      },
    });
    if (batch.length === 0) break;
    cursor = batch.at(-1)?.id;
    const hits = batch.filter((s) => wanted.some((t) => findTerm(s.sourceText, t)));
    await db.$transaction(async (tx) => {
      for (const segment of hits) {
        const result = checkSegmentRows(segment, options);
        for (const row of result.rows) {
          if (await storeRowIssues(tx, row, result.byLang[row.lang], true)) rows++;
        }
      }
    });
    segments += hits.length;
    if (batch.length < RECHECK_BATCH) break;
  }
  return { segments, rows };
}
