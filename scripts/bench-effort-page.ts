// `npm run bench:effort-page`: the Effort page's service on a large archive, against a primary-key lookup
// in the same run. Builds the archive with SQL (scripts/bench/effort-archive.ts): 100,000 articles × 30
// segments × 2 languages on PostgreSQL (when `scripts/postgres-test-server.sh` finds one), 20,000 articles
// on SQLite; then, in a fresh process per database, times loadEffortReport (default period, next page,
// every other period) and reports p50/p95, the ratio to the PK lookup, the process's memory above idle
// (rss), and on SQLite how long a PK lookup waits while the page is computed. Goal at 100,000 articles:
// p95 ≤ 300 ms and < 300 MB above idle. Flags: --db=sqlite|postgres|both, --articles=N, --keep.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildPostgres, buildSqlite, SEGMENTS } from "./bench/effort-archive";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const which = arg("db") ?? "both";
const keep = process.argv.includes("--keep");

function migrate(url: string) {
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
}

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
  let admin: string;
  try {
    admin = execFileSync("bash", ["scripts/postgres-test-server.sh"], { encoding: "utf8" }).trim();
  } catch {
    console.log("PostgreSQL: not installed, skipped (sudo apt-get install -y postgresql)");
    return;
  }
  const name = `duyet_bench_effort_${process.pid}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    migrate(url.toString());
    const start = performance.now();
    await buildPostgres(url.toString(), articles);
    measure("PostgreSQL", url.toString(), articles, (performance.now() - start) / 1000);
  } finally {
    if (!keep) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
}

function sqlite(articles: number) {
  const file = path.resolve(".tmp/bench-effort-page.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  migrate(`file:${file}`);
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
