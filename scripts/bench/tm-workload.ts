// One database of bench:tm (DATABASE_URL set by scripts/bench-tm.ts): grows the memory through the sizes
// asked for and, at each, measures fuzzy suggestions, concordance search and a primary-key lookup, and
// the fuzzy recall against a brute-force scan. Prints one JSON line per size.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { findFuzzy } from "@/lib/translation";
import { foldForSearch } from "@/lib/text/fold";
import { indexWords } from "@/lib/translation/concordance";
import { tmKey } from "@/lib/translation/tm-key";
import { findMemoryMatchesFor } from "@/lib/translation/server/find-memory-matches";
import { insertGramsOf } from "@/lib/translation/server/insert-grams-sql";
import { searchConcordance } from "@/lib/translation/server/search-concordance";
import { mulberry32 } from "@/tests/factories/mulberry32";
import { readBases, variant, vocabularyOf, type Base } from "./tm-corpus";

const sizes = process.argv[2]!.split(",").map(Number);
const recallUpTo = Number(process.argv[3] ?? 100_000);
const bases = readBases();
const vocabulary = vocabularyOf(bases);
const seen = new Set<string>();
let next = 0; // the next variant number to try
let stored = 0;

const ENTRY = Prisma.raw(
  `INSERT INTO "TmEntry" ("id", "hash", "vi", "viLength", "de", "en", "createdAt", "updatedAt") VALUES `,
);
const WORD = Prisma.raw(`INSERT INTO "ConcordanceWord" ("word", "kind", "refId") VALUES `);

async function insert(prefix: Prisma.Sql, rows: unknown[][], per: number): Promise<void> {
  for (let i = 0; i < rows.length; i += per) {
    const values = rows.slice(i, i + per).map((r) => Prisma.sql`(${Prisma.join(r)})`);
    await db.$executeRaw`${prefix}${Prisma.join(values)}`;
  }
}

/** Adds units until the memory holds `size`, in chunks: rows, then their grams (by SQL), then words. */
async function grow(size: number): Promise<void> {
  const now = new Date();
  while (stored < size) {
    const first = stored;
    const units: (Base & { id: string; hash: string; viLength: number })[] = [];
    while (units.length < Math.min(10_000, size - first)) {
      const n = next++;
      const v = variant(bases[n % bases.length]!, vocabulary, Math.floor(n / bases.length), 1);
      const key = tmKey(v.vi);
      if (seen.has(key.hash)) continue;
      seen.add(key.hash);
      units.push({ ...v, ...key, id: `b${String(first + units.length).padStart(8, "0")}` });
    }
    await insert(
      ENTRY,
      units.map((u) => [u.id, u.hash, u.vi, u.viLength, u.de, u.en, now, now]),
      400,
    );
    const [from, to] = [units[0]!.id, units.at(-1)!.id];
    await insertGramsOf(db, Prisma.sql`SELECT "id" FROM "TmEntry" WHERE "id" BETWEEN ${from} AND ${to}`);
    await insert(
      WORD,
      units.flatMap((u) => indexWords(u.vi, u.de, u.en).map((w) => [w, "tm", u.id])),
      1_000,
    );
    stored += units.length;
  }
}

type Stat = { p50: number; p95: number };
type Row = {
  size: number;
  buildSec: number;
  grams: number;
  sugg: Stat;
  conc: Stat;
  pk: Stat;
  recall: { found: number; expected: number } | null;
};

const ms = (s: Stat, base: Stat) =>
  `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} (${(s.p50 / base.p50).toFixed(0)}× / ${(s.p95 / base.p95).toFixed(0)}×)`;

function print(r: Row): void {
  const recall = r.recall;
  console.log(
    `  ${r.size.toLocaleString("en")} units (${r.grams.toLocaleString("en")} grams, built in ${r.buildSec.toFixed(0)} s)\n` +
      `    suggestions ${ms(r.sugg, r.pk)}\n    concordance ${ms(r.conc, r.pk)}\n` +
      `    primary key ${r.pk.p50.toFixed(2)} / ${r.pk.p95.toFixed(2)}\n` +
      `    recall ${recall ? `${recall.found}/${recall.expected} = ${((100 * recall.found) / Math.max(1, recall.expected)).toFixed(1)} %` : "not measured at this size"}`,
  );
}

async function timed(runs: (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number }> {
  for (const run of runs.slice(0, 3)) await run(); // warm-up
  const ms: number[] = [];
  for (const run of runs) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

for (const size of sizes) {
  const t = performance.now();
  await grow(size);
  const buildSec = (performance.now() - t) / 1000;
  const r = mulberry32(size);
  const pick = () => bases[Math.floor(r() * bases.length)]!;
  // queries the memory may or may not hold: fresh variants of random bases
  const queries = Array.from({ length: 60 }, (_, i) => variant(pick(), vocabulary, 1_000_000 + i, 2).vi);
  const phrases = Array.from({ length: 60 }, () => {
    const words = foldForSearch(pick().vi).split(" ");
    const at = Math.floor(r() * Math.max(1, words.length - 1));
    return words.slice(at, at + 1 + Math.floor(r() * 2)).join(" ");
  });
  const ids = Array.from({ length: 200 }, () => `b${String(Math.floor(r() * stored)).padStart(8, "0")}`);
  const sugg = await timed(queries.map((q) => () => findMemoryMatchesFor(q, 5)));
  const conc = await timed(phrases.map((q) => () => searchConcordance({ query: q, limit: 10 })));
  const pk = await timed(ids.map((id) => () => db.tmEntry.findUnique({ where: { id } })));
  let recall: { found: number; expected: number } | null = null;
  if (size <= recallUpTo) {
    const all = (await db.tmEntry.findMany({ select: { id: true, vi: true } })).map((u) => ({ ...u, source: u.vi }));
    recall = { found: 0, expected: 0 };
    for (const q of queries.slice(0, 10)) {
      const brute = new Set(findFuzzy(q, all, { min: 0.75, limit: 1e9 }).map((m) => m.candidate.id));
      const indexed = await findMemoryMatchesFor(q, 1e9);
      recall.expected += brute.size;
      recall.found += indexed.filter((m) => brute.has(m.id)).length;
    }
  }
  const grams = Number((await db.$queryRaw<[{ n: bigint | number }]>`SELECT COUNT(*) AS "n" FROM "TmGram"`)[0].n);
  print({ size: stored, buildSec, grams, sugg, conc, pk, recall });
}
await db.$disconnect();
