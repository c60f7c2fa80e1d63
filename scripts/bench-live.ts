// `npm run bench:live [sqlite|postgres]`: how fast a save reaches the other open editors of its article
// over the live channel (Server-Sent Events; on PostgreSQL through LISTEN/NOTIFY). Simulated editors read
// the real streams in the app's process: first 1 editor of the article alone (baseline), then 50 editors
// of the article among 500 on the instance while other articles are saved too. Prints save → delivery
// p50/p95 per database, the saver's own wait in the same run, and the goal (p95 ≤ 1 s).
// Each database is a throw-away one (SQLite file; PostgreSQL from scripts/postgres-test-server.sh).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

type Stat = { n: number; p50: number; p95: number; max: number; missing: number };
type Run = { own: Stat; delivery: Stat };
type Outcome = { baseline: Run; loaded: Run };

const named = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const which = named.length > 0 ? named : ["sqlite", "postgres"];

function run(url: string): Outcome {
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url },
  });
  const script = "scripts/bench/live-workload.ts";
  const out = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Outcome;
}

function onSqlite(): Outcome {
  const file = path.resolve(".tmp/bench-live.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const clean = () => {
    for (const s of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  };
  clean();
  try {
    return run(`file:${file}`);
  } finally {
    clean();
  }
}

async function onPostgres(): Promise<Outcome | null> {
  let admin: string;
  try {
    admin = execFileSync("bash", ["scripts/postgres-test-server.sh"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const name = `duyet_bench_${randomBytes(4).toString("hex")}`;
  try {
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return run(url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0)).padStart(6);
function line(label: string, s: Stat): string {
  const missing = s.missing ? `  ${s.missing} NOT DELIVERED` : "";
  return `  ${label.padEnd(44)} n=${String(s.n).padStart(5)}  ${ms(s.p50)} / ${ms(s.p95)}  (max ${ms(s.max)})${missing}`;
}

function print(db: string, o: Outcome): void {
  console.log(`\n${db}: ms p50 / p95`);
  console.log(line("baseline: the saver's own wait", o.baseline.own));
  console.log(line("baseline: save → 1 open editor", o.baseline.delivery));
  console.log(line("500 open: the saver's own wait", o.loaded.own));
  console.log(line("500 open: save → each of 50 editors", o.loaded.delivery));
  const ratio = o.loaded.delivery.p95 / o.baseline.delivery.p95;
  const ok = o.loaded.delivery.p95 <= 1_000 && o.loaded.delivery.missing === 0;
  console.log(
    `  delivery p95 with 500 open / baseline = ${ratio.toFixed(1)}×; goal p95 ≤ 1000 ms: ${ok ? "met" : "MISSED"}`,
  );
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
console.log(`${os.cpus().length} CPUs, load average ${load()} (other processes skew the figures)`);
for (const db of which) {
  if (db === "sqlite") print("SQLite (one instance, in-process bus)", onSqlite());
  else {
    const outcome = await onPostgres();
    if (outcome) print("PostgreSQL (LISTEN/NOTIFY, the listener re-reads the rows)", outcome);
    else console.log("\nPostgreSQL: not installed, skipped");
  }
}
