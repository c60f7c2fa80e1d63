// One run of bench:live in the database DATABASE_URL names (migrated, empty): simulated open editors
// read their real Server-Sent Events streams (openLiveStream, as the route serves them) while one user
// saves. Prints one JSON line with the delivery times. Run by scripts/bench-live.ts.
import { performance } from "node:perf_hooks";
import { openLiveStream } from "@/lib/live/server/open-stream";
import { stopListening } from "@/lib/live/server/pg-listener";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor, createArticle } from "@/tests/factories";
import type { Actor } from "@/lib/vocabulary";

const SAVES = 30;
const PAUSE_MS = 150;
type Stat = { n: number; p50: number; p95: number; max: number; missing: number };

function stat(values: number[], expected: number): Stat {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s.at(-1) ?? NaN, missing: expected - s.length };
}

/** An open editor: reads its stream and notes when each version of `watch` arrived. */
function client(articleId: string, actor: Actor, watch: string, arrived: (version: number) => void) {
  const abort = new AbortController();
  const reader = openLiveStream({ articleId, actor, lastEventId: null, signal: abort.signal }).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value);
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!frame.includes("event: rows")) continue;
        const data = JSON.parse(frame.slice(frame.indexOf("data: ") + 6)) as {
          changes: { patch: { id?: string; version?: number } }[];
        };
        const mine = data.changes.find((c) => c.patch.id === watch);
        if (mine?.patch.version) arrived(mine.patch.version);
      }
    }
  })();
  return () => abort.abort();
}

/** `SAVES` saves of one row; per save, the saver's own wait and every watcher's delivery time. */
async function measure(lan: Actor, rowId: string, startVersion: number, watchers: number, addWatcher: AddWatcher) {
  const sentAt = new Map<number, number>();
  const delivery: number[] = [];
  const closers = Array.from({ length: watchers }, () =>
    addWatcher((v) => {
      const t = sentAt.get(v);
      if (t !== undefined) delivery.push(performance.now() - t);
    }),
  );
  await new Promise((r) => setTimeout(r, 300)); // streams open, presence sent
  const own: number[] = [];
  let version = startVersion;
  for (let i = 0; i < SAVES; i++) {
    sentAt.set(version + 1, performance.now());
    const started = performance.now();
    const saved = await saveTranslation(
      { translationId: rowId, expectedVersion: version, text: `Fassung ${version + 1}`, confirm: false },
      lan,
    );
    own.push(performance.now() - started);
    version = saved.version;
    await new Promise((r) => setTimeout(r, PAUSE_MS));
  }
  await new Promise((r) => setTimeout(r, 1_000)); // the last deliveries
  for (const close of closers) close();
  return { version, own: stat(own, SAVES), delivery: stat(delivery, SAVES * watchers) };
}
type AddWatcher = (arrived: (version: number) => void) => () => void;

const lan = await createActor("translator", "Lan Nguyễn");
const reader = await createActor("reviewer", "Jonas Weber");
const { articleId, translations } = await createArticle(lan);
const row = translations.find((t) => t.lang === "de")!;
const others = await Promise.all(Array.from({ length: 45 }, () => createArticle(lan)));
const watchA: AddWatcher = (arrived) => client(articleId, reader, row.id, arrived);

// Warm-up (first compiles and connections), not counted; then the baseline: one open editor of the
// article, nobody else on the instance.
const warm = await measure(lan, row.id, row.version, 1, watchA);
const baseline = await measure(lan, row.id, warm.version, 1, watchA);
// Load: 50 editors of the article and 450 of 45 other articles (500 on the instance), whose rows other
// users save meanwhile (one save every 100 ms, in turn).
const idle = others.flatMap((o) => Array.from({ length: 10 }, () => client(o.articleId, reader, "-", () => {})));
let stop = false;
const background = (async () => {
  const versions = new Map<string, number>();
  for (let i = 0; !stop; i++) {
    const target = others[i % others.length]!.translations.find((t) => t.lang === "en")!;
    const v = versions.get(target.id) ?? target.version;
    const saved = await saveTranslation(
      { translationId: target.id, expectedVersion: v, text: `Text ${i}`, confirm: false },
      lan,
    );
    versions.set(target.id, saved.version);
    await new Promise((r) => setTimeout(r, 100));
  }
})();
const loaded = await measure(lan, row.id, baseline.version, 50, watchA);
stop = true;
await background;
for (const close of idle) close();
await stopListening();
console.log(JSON.stringify({ baseline, loaded }));
process.exit(0);
