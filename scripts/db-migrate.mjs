// Offline replacement for `prisma migrate deploy` / `prisma migrate dev --create-only`.
// Prisma 7's CLI needs a native schema-engine binary downloaded from binaries.prisma.sh;
// this drives the WebAssembly schema engine published on npm (@prisma/schema-engine-wasm)
// through the same driver adapters the app uses.
// Usage: node scripts/db-migrate.mjs deploy            (DATABASE_URL, default file:./prisma/dev.db)
//        node scripts/db-migrate.mjs create <name>
//        node scripts/db-migrate.mjs check     (exit 1 when the schema has changes no migration holds)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const isSqlite = url.startsWith("file:");
const schemaPath = path.resolve(
  process.env.PRISMA_SCHEMA ?? (isSqlite ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma"),
);
const migrationsDir = path.resolve(process.env.PRISMA_MIGRATIONS ?? path.join(path.dirname(schemaPath), "migrations"));
const [cmd = "deploy", name = "migration"] = process.argv.slice(2);

// Instantiate the wasm module by hand (its ESM entry needs --experimental-wasm-modules on Node 20).
const wasmFile = path.join(
  path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
  "schema_engine_bg.wasm",
);
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

if (!isSqlite) {
  // The schema engine reads pg_catalog columns of type "char" (OID 18), which @prisma/adapter-pg 7.x
  // rejects ("Column type 'char' could not be deserialized"); report them to the adapter as text (OID 25).
  const pg = createRequire(require.resolve("@prisma/adapter-pg"))("pg");
  const fix = (res) => {
    for (const r of [].concat(res ?? [])) for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return res;
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    if (typeof values === "function") [callback, values] = [values, undefined];
    if (typeof callback === "function")
      return query.call(this, config, values, (err, res) => callback(err, err ? res : fix(res)));
    const r = query.call(this, config, values);
    return typeof r?.then === "function" ? r.then(fix) : r;
  };
}
const factory = isSqlite
  ? new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url })
  : // Pass discrete fields, not connectionString: connectToShadowDb() spreads this config and overrides
    // `database`, but pg lets a connectionString win, so the "shadow" DB would be the main DB.
    new (await import("@prisma/adapter-pg")).PrismaPg(pgConfig(url));
function pgConfig(u) {
  const p = new URL(u);
  return {
    host: p.hostname,
    port: Number(p.port || 5432),
    user: decodeURIComponent(p.username),
    password: decodeURIComponent(p.password),
    database: p.pathname.slice(1),
  };
}
// The shadow DB replays each migration file with executeRaw(), which prepares ONE statement
// (better-sqlite3 throws "contains more than one statement"); fall back to executeScript().
const connectToShadowDb = factory.connectToShadowDb.bind(factory);
factory.connectToShadowDb = async () => {
  const shadow = await connectToShadowDb();
  const executeRaw = shadow.executeRaw.bind(shadow);
  shadow.executeRaw = async (q) => {
    try {
      return await executeRaw(q);
    } catch (e) {
      if (q.args?.length || !/more than one statement|multiple commands/i.test(String(e?.message ?? e?.cause?.message)))
        throw e;
      await shadow.executeScript(q.sql);
      return 0;
    }
  };
  // adapter-pg drops the shadow database before closing the shadow pool ("is being accessed by other
  // users"): close the pool first (made idempotent, since the adapter's release ends it again).
  const pool = shadow.client;
  if (!isSqlite && typeof pool?.end === "function" && shadow.release) {
    const end = pool.end.bind(pool);
    let ended;
    pool.end = () => (ended ??= end());
    const release = shadow.release;
    shadow.release = async () => {
      await pool.end();
      await release();
    };
  }
  return shadow;
};
const adapter = bindMigrationAwareSqlAdapterFactory(factory);

const schemaFile = { path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") };
const engine = await bg.SchemaEngine.new(
  { datamodels: [[schemaFile.path, schemaFile.content]] },
  (msg) => process.env.DEBUG_SCHEMA_ENGINE && console.error(msg),
  adapter,
);

function migrationsList() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lock = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
      .map((dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
        },
      })),
  };
}
const filters = { externalTables: [], externalEnums: [] };

try {
  if (cmd === "check") {
    await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    const out = await engine.createMigration({
      draft: true,
      migrationName: "check",
      migrationsList: migrationsList(),
      schema: { files: [schemaFile] },
      filters,
    });
    if (out.migrationScript && out.migrationScript.replace(/--.*$/gm, "").trim()) {
      console.error(
        `${path.relative(process.cwd(), schemaPath)} has changes without a migration:\n${out.migrationScript}`,
      );
      process.exitCode = 1;
    } else
      console.log(`${path.relative(process.cwd(), migrationsDir)} matches ${path.relative(process.cwd(), schemaPath)}`);
  } else if (cmd === "create") {
    // applyMigrations first: it creates _prisma_migrations, which devDiagnostic expects (else P1014).
    await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    // devDiagnostic replays the history into a shadow DB (from the adapter) and caches it for createMigration.
    const { action } = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (action.tag === "reset") throw new Error(`migration history needs a reset: ${action.reason}`);
    const out = await engine.createMigration({
      draft: process.argv.includes("--draft"),
      migrationName: name,
      migrationsList: migrationsList(),
      schema: { files: [schemaFile] },
      filters,
    });
    if (out.migrationScript === null) {
      console.log("schema and migrations are in sync: nothing to create");
    } else {
      const dir = path.join(migrationsDir, out.generatedMigrationName);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript ?? "");
      fs.writeFileSync(
        path.join(migrationsDir, "migration_lock.toml"),
        `# Please do not edit this file manually\nprovider = "${out.connectorType}"\n`,
      );
      console.log(`created ${path.relative(process.cwd(), dir)}`);
    }
  }
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
