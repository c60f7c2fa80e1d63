// `npm run bench:effort-page`: the Effort page's service on a large archive, against a primary-key lookup
// in the same run. Builds the archive with SQL (scripts/bench/effort-archive.ts): 100,000 articles × 30
// segments × 2 languages on PostgreSQL (when `scripts/postgres-test-server.sh` finds one), 20,000 articles
// on SQLite; then, in a fresh process per database, times loadEffortReport (default period, next page,
// every other period) and reports p50/p95, the ratio to the PK lookup, the process's memory above idle
// (rss), and on SQLite how long a PK lookup waits while the page is computed. Goal at 100,000 articles:
// p95 ≤ 300 ms and < 300 MB above idle. Flags: --db=sqlite|postgres|both, --articles=N, --keep.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildPostgres, buildSqlite, SEGMENTS } from "./bench/effort-archive";
import { migrateScratch, withScratchPostgres } from "./bench/scratch-db";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const which = arg("db") ?? "both";
const keep = process.argv.includes("--keep");

/** Times the service in a process of its own (clean memory figures) and prints what it measured. */
function measure(label: string, url: string, articles: number, buildSeconds: number) {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/bench/effort-measure.ts"],
    {
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (child.status !== 0) throw new Error(`${label}: measuring failed`);
  const r = JSON.parse(child.stdout) as Record<string, number | string>;
  const f = (x: number | string) => (typeof x === "number" ? x.toFixed(1) : x);
  console.log(
    `\n${label}: ${articles.toLocaleString("en")} articles × ${SEGMENTS} segments × 2 languages ` +
      `(${(articles * SEGMENTS * 2).toLocaleString("en")} translations), built in ${buildSeconds.toFixed(0)} s`,
  );
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(42)} ${f(v)}`);
}

async function postgres(articles: number) {
  const done = await withScratchPostgres(
    async (url) => {
      migrateScratch(url);
      const start = performance.now();
      await buildPostgres(url, articles);
      measure("PostgreSQL", url, articles, (performance.now() - start) / 1000);
      return true;
    },
    { keep },
  );
  if (done === null) console.log("PostgreSQL: not installed, skipped (sudo apt-get install -y postgresql)");
}

function sqlite(articles: number) {
  const file = path.resolve(".tmp/bench-effort-page.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  migrateScratch(`file:${file}`);
  const start = performance.now();
  buildSqlite(file, articles);
  try {
    measure("SQLite", `file:${file}`, articles, (performance.now() - start) / 1000);
  } finally {
    if (!keep) fs.rmSync(file, { force: true });
  }
}

if (which !== "sqlite") await postgres(Number(arg("articles") ?? 100_000));
if (which !== "postgres") sqlite(Number(arg("articles") ?? 20_000));
