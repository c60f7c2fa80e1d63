// `npm run bench:import-speed [sqlite|postgres]`: the 62 NTREX demo articles through the importer,
// against raw inserts of the very same rows with the database driver alone (per article one
// transaction, one multi-row INSERT per table), measured in the same run, on SQLite (a throw-away
// file) and PostgreSQL (scripts/postgres-test-server.sh, a throw-away database). Goal: ≤ 2×.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { migrateScratch, withScratchPostgres, withScratchSqlite } from "./bench/scratch-db";

type Result = { articles: number; rows: number; importMs: number; rawMs: number; prepareMs: number };
const which = process.argv[2] ? [process.argv[2]] : ["sqlite", "postgres"];

function run(url: string): Result {
  migrateScratch(url);
  const out = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench/import-speed-workload.ts"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as Result;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
// Other processes on the machine skew every figure: compare the ratios within one run.
console.log(`${os.cpus().length} CPUs, load average ${load()}`);
for (const db of which) {
  const r = db === "sqlite" ? await withScratchSqlite("bench-import-speed", run) : await withScratchPostgres(run);
  const name = db === "sqlite" ? "SQLite" : "PostgreSQL";
  if (!r) {
    console.log(`\n${name}: not installed (sudo apt-get install -y postgresql), skipped`);
    continue;
  }
  console.log(`\n${name}: ${r.articles} NTREX articles, ${r.rows} rows`);
  console.log(`  import (importArticle, one after another)   ${r.importMs.toFixed(0).padStart(6)} ms`);
  console.log(`  of which parse + segment + check (pure)     ${r.prepareMs.toFixed(0).padStart(6)} ms`);
  console.log(`  raw inserts of the same rows (driver only)  ${r.rawMs.toFixed(0).padStart(6)} ms`);
  console.log(`  import / raw inserts = ${(r.importMs / r.rawMs).toFixed(2)}× (goal ≤ 2×)`);
}
