// Throw-away databases for the benchmarks: a SQLite file under .tmp and a PostgreSQL database on the
// server scripts/postgres-test-server.sh finds or starts (BENCH_POSTGRES_URL wins), each removed after
// the run unless the caller keeps it to look inside.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Applies every migration to the database at `url` (the same runner as `npm start`). */
export function migrateScratch(url: string): void {
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** `work` gets the URL of an empty SQLite file; the file and its journal/WAL go afterwards. */
export async function withScratchSqlite<T>(name: string, work: (url: string) => T | Promise<T>): Promise<T> {
  const file = path.resolve(`.tmp/${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const clean = () => ["", "-journal", "-wal", "-shm"].forEach((s) => fs.rmSync(file + s, { force: true }));
  clean();
  try {
    return await work(`file:${file}`);
  } finally {
    clean();
  }
}

/** The test server's admin URL, or null when PostgreSQL is not installed here. */
export function postgresAdminUrl(): string | null {
  if (process.env.BENCH_POSTGRES_URL) return process.env.BENCH_POSTGRES_URL;
  try {
    return execFileSync("bash", ["scripts/postgres-test-server.sh"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

/** `work` gets the URL of a new empty database, dropped afterwards (unless `keep`); null without PostgreSQL. */
export async function withScratchPostgres<T>(
  work: (url: string) => T | Promise<T>,
  options: { keep?: boolean } = {},
): Promise<T | null> {
  const admin = postgresAdminUrl();
  if (!admin) return null;
  const name = `duyet_bench_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      if (options.keep) console.log(`kept ${url.toString()}`);
      else await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
