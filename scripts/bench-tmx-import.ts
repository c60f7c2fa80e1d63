// `npm run bench:tmx-import [units] [sqlite|postgres]` (units default 12,000): the TMX memory import of the
// e2e journey's 6 MB file (tests/fixtures/upload-tmx.ts) through importMemory — parse in a worker,
// stage, merge, fuzzy grams and concordance words — against raw multi-row INSERTs of the same unit rows
// without index rows, measured in the same run, on SQLite (a throw-away file) and PostgreSQL
// (scripts/postgres-test-server.sh, a throw-away database). Goal: 12,000 units well under 20 s on SQLite.
import { execFileSync } from "node:child_process";
import { migrateScratch, withScratchPostgres, withScratchSqlite } from "./bench/scratch-db";

type Result = { units: number; grams: number; words: number; importMs: number; rawMs: number; prepareMs: number };
const units = process.argv[2] ?? "12000";
const which = process.argv[3] ? [process.argv[3]] : ["sqlite", "postgres"];

function run(url: string): Result {
  migrateScratch(url);
  const out = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench/tmx-import-workload.ts", units],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as Result;
}

function print(db: string, r: Result): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${db}: ${r.units} units (${r.grams} grams, ${r.words} words)`);
  console.log(`  import ${s(r.importMs)}, raw unit inserts ${s(r.rawMs)} (+ parse ${s(r.prepareMs)})`);
  console.log(`  ratio import / (raw + parse): ${(r.importMs / (r.rawMs + r.prepareMs)).toFixed(1)}×`);
}

if (which.includes("sqlite")) print("SQLite", await withScratchSqlite("bench-tmx-import", run));
if (which.includes("postgres")) {
  const r = await withScratchPostgres(run);
  if (r) print("PostgreSQL", r);
  else console.log("PostgreSQL: not installed, skipped (sudo apt-get install -y postgresql)");
}
