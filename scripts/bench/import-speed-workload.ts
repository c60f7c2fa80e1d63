// One database's run of `npm run bench:import-speed` (a child process: lib/db binds DATABASE_URL once).
// Imports the 62 NTREX demo articles one after another through importArticle (JSON bundles, as the
// seed does), then writes the very same rows again with the database driver alone — per article one
// transaction, one multi-row INSERT per table — after deleting them. Also times the importer's pure
// part (parse, segment, check) on the same inputs. Prints one JSON line.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { buildNtrexBundles } from "@/prisma/demo/ntrex";

const url = process.env.DATABASE_URL!;
const dir = "prisma/demo/ntrex-news-dev";
const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");
const bundles = buildNtrexBundles({
  vi: read("vi.txt"),
  de: read("de.txt"),
  en: read("en.txt"),
  docIds: read("doc_ids.txt"),
});
const inputs = bundles.map((b) => ({ format: "json" as const, content: JSON.stringify(b.bundle) }));

const { db } = await import("@/lib/db");
const { importArticle } = await import("@/lib/articles/server/import-article");
const { loadCheckOptions } = await import("@/lib/quality/server/check-options");
const { TASKS } = await import("@/lib/worker/tasks");

/** The tables an import writes, parents first, and how to find one article's rows in each. */
const TABLES: [string, string][] = [
  ["Article", `"id"`],
  ["ArticleLanguage", `"articleId"`],
  ["Segment", `"articleId"`],
  ["Translation", `"articleId"`],
  ["Revision", `"translationId" IN (SELECT "id" FROM "Translation" WHERE "articleId" = $1)`],
  ["AuditEvent", `"articleId"`],
];
const where = (w: string) => (w.includes("$1") ? w : `${w} = $1`);

type Driver = {
  select(sql: string, id: string): Promise<Record<string, unknown>[]>;
  run(sql: string, values: unknown[]): Promise<void>;
  close(): Promise<void>;
};
async function driver(): Promise<Driver> {
  if (/^postgres(ql)?:/.test(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      select: async (sql, id) => (await client.query(sql, [id])).rows,
      run: async (sql, values) => void (await client.query(sql, values)),
      close: () => client.end(),
    };
  }
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("journal_mode = WAL"); // as the app's connection (lib/db-client.ts)
  sqlite.pragma("synchronous = NORMAL");
  const positional = (sql: string) => sql.replace(/\$\d+/g, "?");
  return {
    select: async (sql, id) => sqlite.prepare(positional(sql)).all(id) as Record<string, unknown>[],
    run: async (sql, values) => void sqlite.prepare(positional(sql)).run(...(values as never[])),
    close: async () => void sqlite.close(),
  };
}

const admin = await db.user.create({
  data: { id: "bench-admin", name: "Bench", email: "b@bench.test", role: "admin" },
});
const actor = { id: admin.id, role: "admin" as const, name: admin.name };
for (const input of inputs.slice(0, 5)) {
  const { articleId } = await importArticle(input, actor); // warm-up: JIT, statement caches
  await db.article.delete({ where: { id: articleId } });
}

// The importer's pure part alone (what runs before any write), same inputs; a pass first for the JIT
// (its first pass is 3-4× slower than the third), so both measurements below run warm code.
const options = await loadCheckOptions(db);
for (let pass = 0; pass < 2; pass++) for (const input of inputs) TASKS.article(input, options);
let t = performance.now();
for (const input of inputs) TASKS.article(input, options);
const prepareMs = performance.now() - t;

t = performance.now();
const ids: string[] = [];
for (const input of inputs) ids.push((await importArticle(input, actor)).articleId);
const importMs = performance.now() - t;

const raw = await driver();
const rows = [];
for (const id of ids) {
  const perTable: [string, Record<string, unknown>[]][] = [];
  for (const [table, w] of TABLES)
    perTable.push([table, await raw.select(`SELECT * FROM "${table}" WHERE ${where(w)}`, id)]);
  rows.push(perTable);
}
await db.article.deleteMany({ where: { id: { in: ids } } });
await db.auditEvent.deleteMany({ where: { articleId: { in: ids } } });

const MAX_PARAMS = 30_000; // below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters
t = performance.now();
let count = 0;
for (const perTable of rows) {
  await raw.run("BEGIN", []);
  for (const [table, list] of perTable) {
    if (list.length === 0) continue;
    const columns = Object.keys(list[0]!);
    const per = Math.floor(MAX_PARAMS / columns.length);
    for (let i = 0; i < list.length; i += per) {
      const chunk = list.slice(i, i + per);
      let n = 0;
      const values = chunk.map(() => `(${columns.map(() => `$${++n}`).join(", ")})`).join(", ");
      const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
      await raw.run(
        head + values,
        chunk.flatMap((r) => columns.map((c) => r[c])),
      );
      count += chunk.length;
    }
  }
  await raw.run("COMMIT", []);
}
const rawMs = performance.now() - t;
await raw.close();
console.log(JSON.stringify({ articles: inputs.length, rows: count, importMs, rawMs, prepareMs }));
await db.$disconnect();
