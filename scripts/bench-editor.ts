// `npm run bench:editor`: the editor's server side on long articles. Imports NTREX-based articles of
// 100 and 500 segments into a throw-away SQLite database, then times the import, loading the editor
// and saving a segment. Prints figures and the 500/100 ratios (linear ≈ 5; a query per row would show
// as a far larger load ratio). Run with tsx --conditions=react-server (the npm script does).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dbFile = path.resolve(".tmp/bench-editor.db");
fs.mkdirSync(path.dirname(dbFile), { recursive: true });
fs.rmSync(dbFile, { force: true });
process.env.DATABASE_URL = `file:${dbFile}`;
execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], { stdio: "ignore", env: process.env });

const { db } = await import("@/lib/db");
const { importArticle } = await import("@/lib/articles/server/import-article");
const { loadEditor } = await import("@/lib/articles/server/load-editor");
const { saveTranslation } = await import("@/lib/review/server/save-translation");

const read = (f: string) =>
  fs.readFileSync(path.join("prisma/demo/ntrex-news-dev", f), "utf8").split("\n").filter(Boolean);
const [vi, de, en] = [read("vi.txt"), read("de.txt"), read("en.txt")];
const user = await db.user.create({
  data: { id: "bench", name: "Bench", email: "bench@duyet.test", role: "translator" },
});
const actor = { id: user.id, role: "translator" as const, name: user.name };

function bundle(size: number) {
  const sentences = Array.from({ length: size - 1 }, (_, i) => ({
    vi: vi[i % vi.length]!,
    de: de[i % de.length]!,
    en: en[i % en.length]!,
  }));
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push({ sentences: sentences.slice(i, i + 5) });
  return JSON.stringify({ title: { vi: `Bench ${size}`, de: `Bench ${size}`, en: `Bench ${size}` }, paragraphs });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const results: Record<number, { importMs: number; loadMs: number; saveMs: number }> = {};
for (const size of [100, 500]) {
  const [importMs, { articleId }] = await time(() => importArticle({ format: "json", content: bundle(size) }, actor));
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) loads.push((await time(() => loadEditor(articleId)))[0]);
  const rows = await db.translation.findMany({ where: { articleId, lang: "de" }, take: 15 });
  const saves: number[] = [];
  for (const t of rows)
    saves.push(
      (
        await time(() =>
          saveTranslation(
            { translationId: t.id, expectedVersion: t.version, text: `${t.text} (bearbeitet)`, confirm: true },
            actor,
          ),
        )
      )[0],
    );
  results[size] = { importMs, loadMs: median(loads), saveMs: median(saves) };
  console.log(
    `${String(size).padStart(4)} segments: import ${importMs.toFixed(0)} ms · load editor ${median(loads).toFixed(1)} ms (median of 7) · save+confirm ${median(saves).toFixed(1)} ms (median of 15)`,
  );
}
const r = (k: "importMs" | "loadMs" | "saveMs") => (results[500]![k] / results[100]![k]).toFixed(2);
console.log(`ratio 500/100: import ${r("importMs")} · load ${r("loadMs")} · save ${r("saveMs")} (segments ×5)`);
await db.$disconnect();
fs.rmSync(dbFile, { force: true });
