// `npm run bench:mt`: machine translation of prisma/demo/ntrex-news-dev (Vietnamese only) through the
// local DeepL-compatible server, with the real import, job runner and database (a throw-away SQLite file).
// Prints per language: DeepL requests (goal: Σ over articles of ⌈segments / 50⌉) and billed characters /
// characters of translatable source (goal 1.00); then the same for a second run of the same articles
// (goal: 0 requests, 0 characters: nothing is missing any more).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startDeeplServer } from "@/tests/deepl-server/server";

const root = path.join(import.meta.dirname, "..");
const dir = path.join(root, ".tmp", "bench-mt");
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, `${randomUUID()}.db`);
process.env.DATABASE_URL = `file:${dbFile}`;
execFileSync(process.execPath, [path.join(root, "scripts/db-migrate.mjs"), "deploy"], {
  env: process.env,
  stdio: ["ignore", "ignore", "inherit"],
});

const server = await startDeeplServer({ authKey: "bench-key", characterLimit: 100_000_000 });
Object.assign(process.env, { DEEPL_AUTH_KEY: "bench-key", DEEPL_SERVER_URL: server.url });
// Imported after DATABASE_URL is set: lib/db creates its client on import.
const { db } = await import("@/lib/db");
const { importArticle } = await import("@/lib/articles/server/import-article");
const { startMachineTranslation } = await import("@/lib/translation/server/start-machine-translation");
const { kickMtRunner } = await import("@/lib/translation/server/mt-runner");
const { buildNtrexBundles } = await import("@/prisma/demo/ntrex");

const read = (f: string) => fs.readFileSync(path.join(root, "prisma/demo/ntrex-news-dev", f), "utf8");
const vi = read("vi.txt");
const empty = vi.replace(/[^\n]/g, ""); // same line count, no German or English: everything to translate
const bundles = buildNtrexBundles({ vi, de: empty, en: empty, docIds: read("doc_ids.txt") });
const user = await db.user.create({
  data: { id: randomUUID(), name: "Bench", email: "bench@duyet.test", role: "translator" },
});
const actor = { id: user.id, role: "translator" as const, name: user.name };

const articleIds: string[] = [];
for (const { bundle } of bundles)
  articleIds.push((await importArticle({ format: "json", content: JSON.stringify(bundle) }, actor)).articleId);

const segments = await db.segment.findMany({
  where: { translatable: true },
  select: { articleId: true, sourceText: true },
});
const perArticle = new Map<string, number>();
for (const s of segments) perArticle.set(s.articleId, (perArticle.get(s.articleId) ?? 0) + 1);
const goalRequests = [...perArticle.values()].reduce((n, c) => n + Math.ceil(c / 50), 0);
const sourceChars = segments.reduce((n, s) => n + [...s.sourceText].length, 0);

async function runAll(label: string) {
  server.reset();
  const started = performance.now();
  for (const articleId of articleIds) {
    await startMachineTranslation({ articleId }, actor);
    await kickMtRunner();
  }
  const seconds = (performance.now() - started) / 1000;
  const reqs = server.requests().filter((r) => r.path === "/v2/translate");
  const failed = await db.mtJob.count({ where: { state: "failed" } });
  console.log(
    `\n${label}: ${articleIds.length} articles, ${segments.length} translatable segments, ${sourceChars} source characters, ${seconds.toFixed(1)} s, failed jobs: ${failed}`,
  );
  for (const [lang, target] of [
    ["de", "DE"],
    ["en", "EN-GB"],
  ] as const) {
    const n = reqs.filter((r) => r.target_lang === target);
    const billed = n.reduce((sum, r) => sum + (r.texts ?? []).reduce((k, t) => k + [...t].length, 0), 0);
    const stored =
      (await db.articleLanguage.aggregate({ where: { lang }, _sum: { billedCharacters: true } }))._sum
        .billedCharacters ?? 0;
    const maxTexts = Math.max(0, ...n.map((r) => r.texts?.length ?? 0));
    const maxKiB = Math.max(0, ...n.map((r) => r.bodyBytes)) / 1024;
    console.log(
      `  ${lang}: requests ${n.length} (goal ${label.startsWith("first") ? goalRequests : 0}), billed ${billed} / source ${sourceChars} = ${(billed / sourceChars).toFixed(2)}` +
        ` (goal ${label.startsWith("first") ? "1.00" : "0.00"}), stored billed total ${stored}, largest request ${maxTexts} texts / ${maxKiB.toFixed(1)} KiB`,
    );
  }
}

await runAll("first run");
await runAll("second run (same articles)");
await server.close();
await db.$disconnect();
fs.rmSync(dbFile, { force: true });
