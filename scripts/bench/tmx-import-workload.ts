// One database's run of `npm run bench:tmx-import` (a child process: lib/db binds DATABASE_URL once).
// Imports the 12,000-unit TMX file of the e2e journey (e2e/uploads.spec.ts) through importMemory, then
// writes the very same unit rows again as raw multi-row INSERTs (no index rows) after deleting them,
// in one transaction, and prints one JSON line.
import { performance } from "node:perf_hooks";
import { buildUploadTmx } from "../../tests/fixtures/upload-tmx";

const units = Number(process.argv[2] ?? 12_000);
const xml = buildUploadTmx(units);

const { db } = await import("@/lib/db");
const { importMemory } = await import("@/lib/translation/server/import-memory");
const { prepareTmxImport } = await import("@/lib/translation/prepare-tmx");
const { insertRows } = await import("@/lib/db-insert");

const admin = await db.user.create({
  data: { id: `bench-${Date.now()}`, name: "Bench", email: `bench-${Date.now()}@example.org`, role: "admin" },
});
const actor = { id: admin.id, role: "admin" as const, name: admin.name };

// the upload's bytes go to the worker thread (transferred: the buffer is detached afterwards)
const bytes = () => new TextEncoder().encode(xml);
let t = performance.now();
const result = await importMemory({ xml: bytes() }, actor);
const importMs = performance.now() - t;
const grams = await db.tmGram.count();
const words = await db.concordanceWord.count();
console.error(`import: ${(importMs / 1000).toFixed(2)} s`);
if (result.created !== units) throw new Error(`imported ${JSON.stringify(result)}`);

// The baseline: the same unit rows, parsed and keyed as the import does, in one transaction of
// multi-row INSERTs as large as the parameter limit allows, with nothing else.
t = performance.now();
const { items } = prepareTmxImport(bytes(), 10 * 1024 * 1024);
const prepareMs = performance.now() - t;
await db.tmGram.deleteMany();
await db.concordanceWord.deleteMany();
await db.tmEntry.deleteMany();
const now = new Date();
const rows = items.map((u, i) => [`b${i}`, u.hash, u.vi, u.viLength, u.de, u.en, now, now]);
const columns = ["id", "hash", "vi", "viLength", "de", "en", "createdAt", "updatedAt"];
t = performance.now();
await db.$transaction(async (tx) => insertRows(tx, "TmEntry", columns, rows, async () => undefined, "bulk"), {
  timeout: 600_000,
});
const rawMs = performance.now() - t;
await db.$disconnect();
console.log(JSON.stringify({ units, grams, words, importMs, rawMs, prepareMs }));
