// One database's run of `npm run bench:contention` (a child process: lib/db binds DATABASE_URL once).
// Other users — simulated in the same Node process, as they share the server's event loop and database
// connection in production — list articles, open the editor and save, on a fixed schedule (open loop:
// latency counts from the moment the request was due, so a stalled server shows up in full). Measured
// idle, then while a big text import runs, then while a big TMX import runs. Prints one JSON line.
import { performance } from "node:perf_hooks";
import { bigTextArticle, bigTmx, smallBundle } from "./contention-fixtures";

const USERS = 4;
const PHASES = (process.env.BENCH_PHASES ?? "idle,text,tmx").split(",");
const EVERY_MS = Number(process.env.BENCH_EVERY_MS ?? 200); // each user sends one request this often
const IDLE_MS = 12_000;

const { db } = await import("@/lib/db");
const { importArticle } = await import("@/lib/articles/server/import-article");
const { importMemory } = await import("@/lib/translation/server/import-memory");
const { findArticles } = await import("@/lib/articles/server/find-articles");
const { loadEditor } = await import("@/lib/articles/server/load-editor");
const { saveTranslation } = await import("@/lib/review/server/save-translation");

type Op = "list" | "editor" | "save";
type Sample = { op: Op; ms: number; failed: boolean };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

const admin = await db.user.create({
  data: { id: "bench-admin", name: "Bench Admin", email: "admin@bench.test", role: "admin" },
});
const actor = { id: admin.id, role: "admin" as const, name: admin.name };
const articles: string[] = [];
for (let i = 0; i < 30; i++)
  articles.push((await importArticle({ format: "json", content: smallBundle(i) }, actor)).articleId);

/**
 * One simulated user: its own article and German row, a request due every EVERY_MS until the job ends.
 * Requests that fell due while the server was stalled are all sent (late) and counted.
 */
async function user(index: number, until: { end: number | null }, samples: Sample[]): Promise<void> {
  const articleId = articles[index]!;
  const row = await db.translation.findFirstOrThrow({
    where: { articleId, lang: "de", state: { not: "untranslated" } },
  });
  let version = row.version;
  const ops: Record<Op, () => Promise<unknown>> = {
    list: () => findArticles(),
    editor: () => loadEditor(articleId),
    save: async () => {
      const r = await saveTranslation(
        { translationId: row.id, expectedVersion: version, text: `${row.text} (${version})`, confirm: false },
        actor,
      );
      version = r.version;
    },
  };
  const order: Op[] = ["list", "editor", "save"];
  let due = performance.now() + index * (EVERY_MS / USERS);
  for (let n = 0; until.end === null || due <= until.end; n++) {
    await sleep(due - performance.now());
    const op = order[n % order.length]!;
    // A request that fails (e.g. its transaction timed out behind a stalled server) still counts.
    const failed = await ops[op]().then(
      () => false,
      () => true,
    );
    samples.push({ op, ms: performance.now() - due, failed });
    due += EVERY_MS;
  }
}

/**
 * Runs `job` `runs` times while the users work; latencies of all runs together. `after` undoes a run
 * between runs, outside the measurement (the list must not grow by a 5,000-segment article per run:
 * that would be a slower list because of more data, not because of contention).
 */
async function measure<T>(
  label: string,
  job: (run: number) => Promise<T>,
  runs = 1,
  after?: (result: T) => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const samples: Sample[] = [];
  let error: string | null = null;
  let jobMs = 0;
  for (let run = 0; run < runs && !error; run++) {
    const until: { end: number | null } = { end: null };
    const users = Array.from({ length: USERS }, (_, i) => user(i, until, samples));
    const start = performance.now();
    const result = await job(run).catch((e: unknown) => {
      error = (e as { code?: string }).code ?? String(e);
    });
    until.end = performance.now();
    jobMs += until.end - start;
    await Promise.all(users);
    if (result !== undefined && after) await after(result);
  }
  const stats = Object.fromEntries(
    (["list", "editor", "save"] as const).map((op) => {
      const ms = samples
        .filter((s) => s.op === op)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? NaN;
      const failed = samples.filter((s) => s.op === op && s.failed).length;
      return [op, { n: ms.length, failed, p50: q(0.5), p95: q(0.95), max: ms.at(-1) ?? NaN }];
    }),
  );
  return { label, jobMs: jobMs / runs, error, stats };
}

const RUNS = 3; // each import three times in a row: enough samples for a p95
const text = bigTextArticle();
const tmx = Array.from({ length: RUNS }, (_, run) => bigTmx(20_000, run));
const phases: Record<string, () => Promise<Record<string, unknown>>> = {
  idle: () => measure("idle", () => sleep(IDLE_MS)),
  text: () =>
    measure(
      `text import (${text.split("\n").length} lines, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) ×${RUNS}`,
      () => importArticle({ format: "text", content: text }, actor),
      RUNS,
      (imported) => db.article.delete({ where: { id: imported.articleId } }),
    ),
  tmx: () =>
    measure(
      `TMX import (20,000 new units, ${(Buffer.byteLength(tmx[0]!) / 1e6).toFixed(1)} MB) ×${RUNS}`,
      (run) => importMemory({ xml: tmx[run]! }, actor),
      RUNS,
    ),
};
await measure("warm-up", () => sleep(1_000)); // JIT and caches, not reported
const results = [];
for (const phase of PHASES) results.push(await phases[phase]!());
console.log(JSON.stringify(results));
await db.$disconnect();
