import "server-only";
import { db } from "@/lib/db";
import { runMtJob, type RunMtOptions } from "./run-mt-job";

// The in-process background runner. Jobs live in the MtJob table, so closing the browser tab changes
// nothing and a restarted server picks up what was queued or running. One job at a time per process:
// the machine is small, SQLite has one writer, and DeepL rate-limits bursts anyway.
//
// Liveness: a running job's updatedAt is its heartbeat (every HEARTBEAT_MS). A "running" job whose
// heartbeat is older than STALE_MS belonged to a process that died; the sweep claims it again.
export const HEARTBEAT_MS = 5_000;
export const STALE_MS = 30_000;
const SWEEP_MS = 10_000;

type RunnerState = { loop: Promise<void> | null; sweep: NodeJS.Timeout | null; options: RunMtOptions };
const g = globalThis as unknown as { duyetMtRunner?: RunnerState };
const runner: RunnerState = (g.duyetMtRunner ??= { loop: null, sweep: null, options: {} });

/** Atomically takes the oldest runnable job (compare-and-set on state + heartbeat, safe across instances). */
async function claimNext(): Promise<string | null> {
  const stale = new Date(Date.now() - STALE_MS);
  const candidates = await db.mtJob.findMany({
    where: { OR: [{ state: "queued" }, { state: "running", updatedAt: { lt: stale } }] },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true, state: true, updatedAt: true },
  });
  for (const c of candidates) {
    const taken = await db.mtJob.updateMany({
      where: { id: c.id, state: c.state, updatedAt: c.updatedAt },
      data: { state: "running", startedAt: new Date() },
    });
    if (taken.count === 1) return c.id;
  }
  return null;
}

async function drain(): Promise<void> {
  for (let id = await claimNext(); id; id = await claimNext()) {
    const beat = setInterval(() => {
      void db.mtJob
        .updateMany({ where: { id, state: "running" }, data: { updatedAt: new Date() } })
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      await runMtJob(id, runner.options);
    } finally {
      clearInterval(beat);
    }
  }
}

/** Starts working through the queue unless already doing so; resolves when the queue is empty. Never throws. */
export function kickMtRunner(): Promise<void> {
  if (!runner.loop) {
    runner.loop = drain()
      .catch((e) => console.error("[mt] runner stopped", e))
      .finally(() => {
        runner.loop = null;
      });
  }
  return runner.loop;
}

/** First call in a process: resume queued or orphaned jobs now and keep sweeping for orphans. */
export function ensureMtRunner(): void {
  if (runner.sweep) return;
  runner.sweep = setInterval(() => void kickMtRunner(), SWEEP_MS);
  runner.sweep.unref();
  void kickMtRunner();
}

/** Tests and the benchmark inject a provider or limits here. */
export function configureMtRunner(options: RunMtOptions): void {
  runner.options = options;
}
