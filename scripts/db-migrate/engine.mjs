// The WebAssembly schema engine over the app's driver adapters, with the fixes the adapters need for it.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

/** The schema engine for `url` and `schemaPath`, the bound adapter (for its error registry) and the schema file. */
export async function openEngine(url, schemaPath) {
  const isSqlite = url.startsWith("file:");
  // Instantiate the wasm module by hand (its ESM entry needs --experimental-wasm-modules on Node 20).
  const wasmFile = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  if (!isSqlite) patchPgCharColumns();
  const factory = isSqlite
    ? new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url })
    : // Pass discrete fields, not connectionString: connectToShadowDb() spreads this config and overrides
      // `database`, but pg lets a connectionString win, so the "shadow" DB would be the main DB.
      new (await import("@prisma/adapter-pg")).PrismaPg(pgConfig(url));
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
        if (
          q.args?.length ||
          !/more than one statement|multiple commands/i.test(String(e?.message ?? e?.cause?.message))
        )
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

  return { engine, adapter, schemaFile };
}

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

function patchPgCharColumns() {
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
