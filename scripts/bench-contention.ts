// `npm run bench:contention [sqlite|postgres]`: does one big job stall everyone else? For each database
// (SQLite in a throw-away file; PostgreSQL from scripts/postgres-test-server.sh, in a throw-away
// database), other users' article list, editor and save latencies (p50/p95, open loop) are measured
// idle, while a 5,000-line text import runs and while a 20,000-unit TMX import runs; printed with
// the ratio to idle (goal: ≤ 2×). Then 20 editors saving without pause: p95 of a save against p95 of a
// bare UPDATE of the same rows in the same run (goal: ≤ 3×, 0 errors). `--saves` runs only that part.
// Run with tsx --conditions=react-server (the npm script does).
import { execFileSync } from "node:child_process";
import os from "node:os";
import { migrateScratch, postgresAdminUrl, withScratchPostgres, withScratchSqlite } from "./bench/scratch-db";

type Stat = { n: number; failed?: number; p50: number; p95: number; max: number };
type Result = { label: string; jobMs: number; error: string | null; stats: Record<string, Stat> };

const args = process.argv.slice(2);
const savesOnly = args.includes("--saves");
const named = args.filter((a) => !a.startsWith("--"));
const which = named.length > 0 ? named : ["sqlite", "postgres"];

type Saves = { editors: number; bare: Stat; save: Stat };
type Outcome = { results: Result[] | null; saves: Saves };

function runChild<T>(url: string, script: string): T {
  const out = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
}

/** Each workload in a fresh database (`fresh` migrates one and hands its URL over). */
async function runWorkload(fresh: <T>(run: (url: string) => T) => Promise<T>): Promise<Outcome> {
  const results = savesOnly
    ? null
    : await fresh((url) => runChild<Result[]>(url, "scripts/bench/contention-workload.ts"));
  const saves = await fresh((url) => runChild<Saves>(url, "scripts/bench/save-workload.ts"));
  return { results, saves };
}

function onSqlite(): Promise<Outcome> {
  const fresh = <T>(run: (url: string) => T): Promise<T> =>
    withScratchSqlite("bench-contention", (url) => {
      migrateScratch(url);
      return run(url);
    });
  return runWorkload(fresh);
}

async function onPostgres(): Promise<Outcome | null> {
  if (!postgresAdminUrl()) return null;
  const fresh = async <T>(run: (url: string) => T): Promise<T> => {
    const out = await withScratchPostgres((url) => {
      migrateScratch(url);
      return run(url);
    });
    return out as T;
  };
  return runWorkload(fresh);
}

const fmt = (n: number | null) => (n === null ? "     -" : (n < 10 ? n.toFixed(1) : n.toFixed(0)).padStart(6));
function printSaves(db: string, s: Saves): void {
  const ratio = s.save.p95 / s.bare.p95;
  const failed = (s.save.failed ?? 0) + (s.bare.failed ?? 0);
  console.log(`\n${db}: ${s.editors} editors saving without pause, ms p50 / p95 (max)`);
  console.log(`  bare update  n=${s.bare.n}  ${fmt(s.bare.p50)} / ${fmt(s.bare.p95)}  (${fmt(s.bare.max)})`);
  console.log(`  save         n=${s.save.n}  ${fmt(s.save.p50)} / ${fmt(s.save.p95)}  (${fmt(s.save.max)})`);
  console.log(`  save p95 / bare update p95 = ${ratio.toFixed(2)}× (goal ≤ 3×), ${failed} errors (goal 0)`);
}

function print(db: string, results: Result[]): void {
  const idle = results[0]!;
  console.log(`\n${db}: other users' latency in ms, p50 / p95 (× idle); load average now ${load()}`);
  for (const r of results) {
    const head =
      r === idle ? "idle" : `${r.label}: ${(r.jobMs / 1000).toFixed(1)} s each${r.error ? ` FAILED ${r.error}` : ""}`;
    console.log(`  ${head}`);
    for (const [op, s] of Object.entries(r.stats)) {
      const base = idle.stats[op]!;
      const ratio =
        r === idle
          ? ""
          : `   (${(s.p50 / base.p50).toFixed(1)}× / ${(s.p95 / base.p95).toFixed(1)}×)  max ${fmt(s.max)}`;
      const failed = s.failed ? `  ${s.failed} FAILED` : "";
      console.log(`    ${op.padEnd(7)} n=${String(s.n).padStart(4)}  ${fmt(s.p50)} / ${fmt(s.p95)}${ratio}${failed}`);
    }
  }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
// Other processes on the machine skew every figure: compare the ratios within one run.
console.log(`${os.cpus().length} CPUs, load average ${load()}`);
for (const db of which) {
  const name = db === "sqlite" ? "SQLite" : "PostgreSQL";
  const outcome = db === "sqlite" ? await onSqlite() : await onPostgres();
  if (!outcome) {
    console.log("\nPostgreSQL: not installed (sudo apt-get install -y postgresql), skipped");
    continue;
  }
  if (outcome.results) print(name, outcome.results);
  printSaves(name, outcome.saves);
}
