// One database's save run of `npm run bench:contention` (a child process: lib/db binds DATABASE_URL once).
// 20 editors save without pause (closed loop: each sends its next save as soon as the last returned),
// each on its own translation, first with a bare `UPDATE` of the row (the floor: what the database costs),
// then through saveTranslation (state machine, checks, revision, audit, effort). Prints one JSON line
// with both latency distributions; the parent prints p95(save) / p95(bare update).
import { performance } from "node:perf_hooks";
import { smallBundle } from "./contention-fixtures";

const EDITORS = 20;
const SAVES_EACH = Number(process.env.BENCH_SAVES ?? 40);

const { db } = await import("@/lib/db");
const { importArticle } = await import("@/lib/articles/server/import-article");
const { saveTranslation } = await import("@/lib/review/server/save-translation");

const admin = await db.user.create({
  data: { id: "bench-admin", name: "Bench Admin", email: "admin@bench.test", role: "admin" },
});
const actor = { id: admin.id, role: "admin" as const, name: admin.name };
const rows: { id: string; text: string; version: number }[] = [];
for (let i = 0; i < EDITORS; i++) {
  const { articleId } = await importArticle({ format: "json", content: smallBundle(i) }, actor);
  const row = await db.translation.findFirstOrThrow({
    where: { articleId, lang: "de", state: { not: "untranslated" } },
    select: { id: true, text: true, version: true },
  });
  rows.push(row);
}

type Stat = { n: number; failed: number; p50: number; p95: number; max: number };

/** Every editor runs `save` SAVES_EACH times back to back; all editors at once. */
type Run = { ms: number[]; failed: number };
async function closedLoop(save: (row: (typeof rows)[number], n: number) => Promise<void>): Promise<Run> {
  const ms: number[] = [];
  let failed = 0;
  await Promise.all(
    rows.map(async (row) => {
      for (let n = 0; n < SAVES_EACH; n++) {
        const start = performance.now();
        await save(row, n).catch((e: unknown) => {
          failed++;
          if (failed <= 3) console.error("[bench] save failed:", (e as { code?: string }).code ?? e);
        });
        ms.push(performance.now() - start);
      }
    }),
  );
  return { ms, failed };
}

/** All rounds' samples together. */
function stat(runs: Run[]): Stat {
  const ms = runs.flatMap((r) => r.ms).sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? NaN;
  const failed = runs.reduce((n, r) => n + r.failed, 0);
  return { n: ms.length, failed, p50: q(0.5), p95: q(0.95), max: ms.at(-1) ?? NaN };
}

const bare = (row: (typeof rows)[number], n: number) =>
  db.translation
    .update({ where: { id: row.id }, data: { text: `${row.text} [${n}]` }, select: { id: true } })
    .then(() => undefined);
const save = async (row: (typeof rows)[number], n: number) => {
  const r = await saveTranslation(
    { translationId: row.id, expectedVersion: row.version, text: `${row.text} (${n})`, confirm: false },
    actor,
  );
  row.version = r.version;
};

await closedLoop(bare); // warm-up: JIT, pool connections, statement caches
await closedLoop(save);
// Alternating rounds, so a passing load spike on the machine hits both sides alike.
const rounds = { bare: [] as Run[], save: [] as Run[] };
for (let i = 0; i < 3; i++) {
  rounds.bare.push(await closedLoop(bare));
  rounds.save.push(await closedLoop(save));
}
console.log(JSON.stringify({ editors: EDITORS, bare: stat(rounds.bare), save: stat(rounds.save) }));
await db.$disconnect();
