// The measuring half of `npm run bench:effort-page` (run in its own process on DATABASE_URL): prints one
// JSON object of figures. Memory is rss sampled every 5 ms, above the idle rss after a warm-up.
import { performance } from "node:perf_hooks";

const { db } = await import("@/lib/db");
const { loadEffortReport } = await import("@/lib/review/server/load-effort-report");
const { decodeCursor } = await import("@/lib/articles/cursor");
const { EFFORT_PERIODS } = await import("@/lib/review/effort-report");

const RUNS = 30;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const ids = (await db.translation.findMany({ take: 200, skip: 1000, select: { id: true } })).map((t) => t.id);
const pk = () => db.translation.findUnique({ where: { id: ids[Math.floor(Math.random() * ids.length)]! } });
for (let i = 0; i < 20; i++) await pk();
await loadEffortReport({ period: "7", cursor: null }); // warm up code paths (not the default period's pages)
global.gc?.();
const idle = process.memoryUsage().rss;
let peak = idle;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);

const pkTimes: number[] = [];
for (let i = 0; i < 200; i++) pkTimes.push(await time(pk));
const page: number[] = [];
let report = await loadEffortReport({ period: "30", cursor: null });
for (let i = 0; i < RUNS; i++) {
  page.push(
    await time(async () => {
      report = await loadEffortReport({ period: "30", cursor: null });
    }),
  );
}
const next: number[] = [];
const older = decodeCursor(report.older ?? undefined, "after");
for (let i = 0; i < 10; i++) next.push(await time(() => loadEffortReport({ period: "30", cursor: older })));
// A PK lookup issued while the page is being computed: how long another user waits.
const waits: number[] = [];
for (let i = 0; i < 10; i++) {
  const running = loadEffortReport({ period: "30", cursor: null });
  await new Promise((r) => setTimeout(r, 2));
  waits.push(await time(pk));
  await running;
}
const others: Record<string, number> = {};
for (const p of EFFORT_PERIODS.filter((x) => x !== "30")) {
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) ts.push(await time(() => loadEffortReport({ period: p, cursor: null })));
  others[`period ${p.padEnd(3)} p50 (ms)`] = pct(ts, 50);
}
clearInterval(sampler);

const pk95 = pct(pkTimes, 95);
process.stdout.write(
  JSON.stringify({
    "primary-key lookup p50 / p95 (ms)": `${pct(pkTimes, 50).toFixed(2)} / ${pk95.toFixed(2)}`,
    "effort page, 30 days, p50 (ms)": pct(page, 50),
    "effort page, 30 days, p95 (ms)": pct(page, 95),
    "ratio to the PK lookup, p50 / p95": `${(pct(page, 50) / pct(pkTimes, 50)).toFixed(0)} / ${(pct(page, 95) / pk95).toFixed(0)}`,
    "next page (keyset) p50 (ms)": pct(next, 50),
    "PK lookup while the page runs, max (ms)": Math.max(...waits),
    ...others,
    "translations in the 30 days": report.totals.de.segments + report.totals.en.segments,
    "rss idle (MB)": idle / 2 ** 20,
    "rss above idle, peak (MB)": (peak - idle) / 2 ** 20,
  }),
);
await db.$disconnect();
