import "server-only";
import { db } from "@/lib/db";
import { deliverWebhook } from "./deliver-webhook";
import { loadWebhookHosts } from "./load-webhook-hosts";

export type KickResult = { delivered: number; retried: number; failed: number };

const BATCH = 20;
const MAX_TIMER_MS = 60 * 60_000;

type Worker = {
  running: Promise<KickResult> | null;
  again: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  started: boolean;
};
// On globalThis so development hot reloads keep one worker instead of starting a second one.
const g = globalThis as unknown as { duyetWebhookWorker?: Worker };
const worker: Worker = (g.duyetWebhookWorker ??= { running: null, again: false, timer: null, started: false });

/**
 * Sends every due pending delivery, in process. Never rejects (publishing calls it after commit and must
 * not fail because a receiver is down); a call during a run joins it and triggers one more pass, so
 * runs never overlap and nothing enqueued meanwhile waits for the next timer.
 */
export function kickWebhookDeliveries(): Promise<KickResult> {
  worker.started = true;
  if (worker.running) {
    worker.again = true;
    return worker.running;
  }
  worker.running = (async () => {
    const total: KickResult = { delivered: 0, retried: 0, failed: 0 };
    try {
      let full = false;
      do {
        worker.again = false;
        const r = await runOnce();
        total.delivered += r.delivered;
        total.retried += r.retried;
        total.failed += r.failed;
        full = r.picked === BATCH;
      } while (worker.again || full);
    } catch (error) {
      console.error("[webhooks] delivery run failed", error);
    } finally {
      worker.running = null;
      await scheduleNext();
    }
    return total;
  })();
  return worker.running;
}

/** Starts the worker once per process, so deliveries pending from before a restart are sent. */
export function ensureWebhookWorker(): void {
  if (!worker.started) void kickWebhookDeliveries();
}

/** Tests: no timer may outlive the test file. */
export function stopWebhookWorker(): void {
  if (worker.timer) clearTimeout(worker.timer);
  worker.timer = null;
  worker.started = false;
}

async function runOnce(): Promise<KickResult & { picked: number }> {
  const now = new Date();
  const due = await db.webhookDelivery.findMany({
    where: { state: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
  });
  const allowedHosts = due.length ? await loadWebhookHosts() : [];
  const outcomes = await Promise.all(due.map((d) => deliverWebhook(d, now, allowedHosts)));
  const count = (s: string) => outcomes.filter((o) => o === s).length;
  return { picked: due.length, delivered: count("delivered"), retried: count("pending"), failed: count("failed") };
}

/** One timer for the earliest pending retry (unref'd: it never keeps a process alive on its own). */
async function scheduleNext(): Promise<void> {
  if (worker.timer) clearTimeout(worker.timer);
  worker.timer = null;
  try {
    const next = await db.webhookDelivery.findFirst({
      where: { state: "pending" },
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true },
    });
    if (!next || !worker.started) return;
    if (worker.timer) clearTimeout(worker.timer); // a concurrent schedule may have set one while we queried
    const delay = Math.min(Math.max(next.nextAttemptAt.getTime() - Date.now(), 1000), MAX_TIMER_MS);
    worker.timer = setTimeout(() => {
      worker.timer = null;
      void kickWebhookDeliveries();
    }, delay);
    worker.timer.unref?.();
  } catch (error) {
    console.error("[webhooks] could not schedule the next run", error);
  }
}
