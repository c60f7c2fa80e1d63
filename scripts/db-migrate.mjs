// Offline replacement for `prisma migrate deploy` / `prisma migrate dev --create-only`.
// Prisma 7's CLI needs a native schema-engine binary downloaded from binaries.prisma.sh;
// this drives the WebAssembly schema engine published on npm (@prisma/schema-engine-wasm)
// through the same driver adapters the app uses.
// Usage: node scripts/db-migrate.mjs deploy            (DATABASE_URL, default file:./prisma/dev.db)
//        node scripts/db-migrate.mjs create <name>
//        node scripts/db-migrate.mjs check     (exit 1 when the schema has changes no migration holds)
import path from "node:path";
import { openEngine } from "./db-migrate/engine.mjs";
import { migrationsList as listIn } from "./db-migrate/migrations-list.mjs";
import { checkSchema, createMigration } from "./db-migrate/commands.mjs";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const isSqlite = url.startsWith("file:");
const schemaPath = path.resolve(
  process.env.PRISMA_SCHEMA ?? (isSqlite ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma"),
);
const migrationsDir = path.resolve(process.env.PRISMA_MIGRATIONS ?? path.join(path.dirname(schemaPath), "migrations"));
const [cmd = "deploy", name = "migration"] = process.argv.slice(2);

const { engine, adapter, schemaFile } = await openEngine(url, schemaPath);
const migrationsList = () => listIn(migrationsDir);
const filters = { externalTables: [], externalEnums: [] };

try {
  const ctx = { engine, migrationsList, filters, schemaFile, schemaPath, migrationsDir };
  if (cmd === "check") process.exitCode = await checkSchema(ctx);
  else if (cmd === "create") await createMigration(ctx, name, process.argv.includes("--draft"));
  if (cmd !== "check") {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log(
      appliedMigrationNames.length ? `applied: ${appliedMigrationNames.join(", ")}` : "database is up to date",
    );
  }
} catch (e) {
  // Errors raised inside the driver adapter come back as "External error id#N"; the registry has the real one.
  const ext = /External error id#(\d+)/.exec(String(e?.message));
  console.error(e?.message ?? e, ext ? adapter.errorRegistry.consumeError(Number(ext[1])) : "");
  process.exitCode = 1;
} finally {
  engine.free();
  process.exit(); // pg pools would otherwise keep the process alive for idleTimeoutMillis (10 s)
}
