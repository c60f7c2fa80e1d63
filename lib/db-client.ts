// Builds a Prisma client for DATABASE_URL through a driver adapter (no engine binary at run time).
// SQLite (file:…) by default; postgres://… uses the client generated from prisma/postgres/schema.prisma,
// whose API is the same (both are generated from one schema; a test guards the drift).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/prisma-pg/client";
import { exclusiveConnection } from "./db-serialize";

export type Db = PrismaClient;
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

// Write-ahead log with synchronous=NORMAL: a commit appends to the log without waiting for the disk
// (fsync at checkpoints only). better-sqlite3 runs on the server's main thread, so the default mode's
// fsync per commit (measured 12–16 ms) blocked every request for each save and each import statement;
// in WAL mode a commit costs ~0.1 ms. A power cut may lose the last commits, never corrupt the file.
const SQLITE_SETUP = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

// Waiting for a connection: Prisma gives up after 2 s by default and the user sees an internal error.
// A cold instance opening pool connections on a busy machine (or SQLite's one writer behind a burst of
// saves) can take longer than that; waiting up to 10 s is what a user would rather have.
const transactionOptions = { maxWait: 10_000 };

/** Whether a database URL (by default the app's) is PostgreSQL: the few statements that differ ask this. */
export function isPostgresUrl(url = process.env.DATABASE_URL ?? ""): boolean {
  return /^postgres(ql)?:/.test(url);
}

export function createPrismaClient(url = DEFAULT_DATABASE_URL): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  // busy timeout: a second process (seed, migrations) waits for the lock instead of failing with SQLITE_BUSY.
  return new PrismaClient({
    adapter: exclusiveConnection(new PrismaBetterSqlite3({ url, timeout: 5_000 }), SQLITE_SETUP),
    transactionOptions,
  });
}
