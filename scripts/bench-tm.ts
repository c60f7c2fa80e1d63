// `npm run bench:tm [sizes] [sqlite|postgres]` (sizes default 10000,100000,1000000): the translation memory
// at scale. For each database (SQLite in a throw-away file; PostgreSQL from BENCH_POSTGRES_URL or
// scripts/postgres-test-server.sh, in a throw-away database) the memory is built from the repo's NTREX and
// FLORES sentences and generated variants (scripts/bench/tm-corpus.ts), growing through the sizes; at
// each size it prints p50/p95 of the fuzzy suggestions for a segment and of concordance search, their
// ratio to a primary-key lookup measured in the same run, and the fuzzy recall against a brute-force scan
// (on 10 queries, at sizes up to 100,000: the scan of a million units takes longer than the whole run).
// Goals (issue 14): suggestions ≤ 50 ms p95 on PostgreSQL, ≤ 100 ms on SQLite; concordance ≤ 150 ms.
import { execFileSync } from "node:child_process";
import { migrateScratch, withScratchPostgres, withScratchSqlite } from "./bench/scratch-db";

const sizes = process.argv[2] ?? "10000,100000,1000000";
const which = process.argv[3] ? [process.argv[3]] : ["sqlite", "postgres"];

function run(url: string, db: string): void {
  migrateScratch(url);
  console.log(`\n${db}: ms p50 / p95 (× primary-key lookup p50 / p95)`);
  // the workload prints each size as soon as it is measured (a million units take a while to build)
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench/tm-workload.ts", sizes],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "inherit", "inherit"] },
  );
}

if (which.includes("sqlite")) await withScratchSqlite("bench-tm", (url) => run(url, "SQLite"));
if (which.includes("postgres")) {
  const done = await withScratchPostgres((url) => run(url, "PostgreSQL"));
  if (done === null) console.log("PostgreSQL: not installed, skipped (sudo apt-get install -y postgresql)");
}
