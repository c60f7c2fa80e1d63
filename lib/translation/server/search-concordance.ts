import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { cleanText } from "@/lib/text/schema";
import { queryWords } from "@/lib/translation/concordance";
import { concordanceCandidates, type ConcordanceKind } from "./concordance-candidates";
import { loadConcordanceHits, type ConcordanceHit } from "./load-concordance-hits";

export type { ConcordanceHit } from "./load-concordance-hits";

export const concordanceInput = z.object({
  query: cleanText(200).min(1),
  limit: z.number().int().min(1).max(50).default(10),
});

export type ConcordanceResult = { words: string[]; memory: ConcordanceHit[]; articles: ConcordanceHit[] };

// A unit whose index words match but whose current text does not (a replaced target's stale words) is
// dropped; so a search reads a few batches, never more: the loop over the index is bounded.
const MAX_BATCHES = 4;

/**
 * Concordance: memory units and approved segments holding every word of the query — in the source or a
 * target, folded (Cà Mau = ca mau) — through the word index (lib/translation/concordance.ts), with the
 * ranges to highlight; hits with the words as a phrase come first. At most `limit` of each kind.
 */
export async function searchConcordance(raw: z.input<typeof concordanceInput>): Promise<ConcordanceResult> {
  const input = concordanceInput.parse(raw);
  const words = queryWords(input.query);
  if (words.length === 0) return { words, memory: [], articles: [] };
  const rarest = await rarestFirst(words);
  const [memory, articles] = await Promise.all(
    (["tm", "segment"] as const).map((kind) => collect(kind, rarest, input.limit)),
  );
  return { words, memory: memory!, articles: articles! };
}

async function collect(kind: ConcordanceKind, words: string[], limit: number): Promise<ConcordanceHit[]> {
  const hits: ConcordanceHit[] = [];
  let after = "";
  for (let batch = 0; batch < MAX_BATCHES && hits.length < limit; batch++) {
    const ids = await concordanceCandidates({ kind, words, after, take: limit });
    if (ids.length === 0) break;
    hits.push(...(await loadConcordanceHits(kind, ids, words)));
    after = ids[ids.length - 1]!;
  }
  return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase)).slice(0, limit);
}

// How far a word's postings are counted to find the rarest: enough to tell a rare word from a common one.
const COUNT_CAP = 5_000;

/** The query's words, rarest first: the search walks the rarest word's postings and checks the others. */
async function rarestFirst(words: string[]): Promise<string[]> {
  if (words.length === 1) return words;
  const counts = await Promise.all(
    words.map(async (word) => {
      const [row] = await db.$queryRaw<[{ n: number | bigint }]>`SELECT COUNT(*) AS "n" FROM
        (SELECT 1 FROM "ConcordanceWord" WHERE "word" = ${word} LIMIT ${COUNT_CAP}) x`;
      return { word, n: Number(row.n) };
    }),
  );
  return counts.sort((a, b) => a.n - b.n).map((c) => c.word);
}
