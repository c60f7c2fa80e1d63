import "server-only";
import { db } from "@/lib/db";
import { DELIVERY_HEADER, EVENT_HEADER, signatureHeaders } from "@/lib/cms/signature";
import { DELIVERY_TIMEOUT_MS, isSuccessStatus, nextDelivery } from "@/lib/cms/retry";

export type KickResult = { delivered: number; retried: number; failed: number };

const BATCH = 20;
// A claimed delivery is invisible to other runs (other instances too) for this long; a process that
// dies mid-send lets it come back after the lease instead of losing it.
const LEASE_MS = DELIVERY_TIMEOUT_MS * 3;
const MAX_TIMER_MS = 60 * 60_000;

type Worker = { running: Promise<KickResult> | null; again: boolean; timer: ReturnType<typeof setTimeout> | null; started: boolean };
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
  if (worker.running) { worker.again = true; return worker.running; }
  worker.running = (async () => {
    const total: KickResult = { delivered: 0, retried: 0, failed: 0 };
    try {
      let full = false;
      do {
        worker.again = false;
        const r = await runOnce();
        total.delivered += r.delivered; total.retried += r.retried; total.failed += r.failed;
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
  const due = await db.webhookDelivery.findMany({ where: { state: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" }, take: BATCH });
  const outcomes = await Promise.all(due.map((d) => deliverOne(d, now)));
  const count = (s: string) => outcomes.filter((o) => o === s).length;
  return { picked: due.length, delivered: count("delivered"), retried: count("pending"), failed: count("failed") };
}

type Due = { id: string; tokenId: string; event: string; payload: string; attempts: number; nextAttemptAt: Date };

async function deliverOne(d: Due, now: Date): Promise<string> {
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: d.id, state: "pending", attempts: d.attempts, nextAttemptAt: d.nextAttemptAt },
    data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
  if (claimed.count !== 1) return "skipped"; // another run (or instance) has it
  const token = await db.apiToken.findUnique({ where: { id: d.tokenId }, select: { webhookUrl: true, webhookSecret: true, revokedAt: true } });
  if (!token || token.revokedAt || !token.webhookUrl || !token.webhookSecret) {
    await db.webhookDelivery.update({ where: { id: d.id }, data: { state: "failed", lastError: token?.revokedAt ? "TOKEN_REVOKED" : "NO_WEBHOOK" } });
    return "failed";
  }
  const { status, error } = await send(token.webhookUrl, token.webhookSecret, d);
  const attempts = d.attempts + 1;
  const sentAt = new Date();
  const next = nextDelivery({ attempts, success: status !== null && isSuccessStatus(status), now: sentAt });
  await db.webhookDelivery.update({ where: { id: d.id }, data: {
    attempts, lastStatus: status, lastError: error, state: next.state,
    nextAttemptAt: next.state === "pending" ? next.nextAttemptAt : sentAt,
    deliveredAt: next.state === "delivered" ? sentAt : null } });
  return next.state;
}

async function send(url: string, secret: string, d: Due): Promise<{ status: number | null; error: string | null }> {
  try {
    const res = await fetch(url, {
      method: "POST", body: d.payload, redirect: "manual", signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: { "Content-Type": "application/json", "User-Agent": "Duyet-Webhooks/1",
        [EVENT_HEADER]: d.event, [DELIVERY_HEADER]: d.id, ...signatureHeaders(secret, d.payload) },
    });
    await res.body?.cancel().catch(() => undefined); // the answer's body is not needed; free the socket
    return { status: res.status, error: isSuccessStatus(res.status) ? null : `HTTP ${res.status}` };
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string } };
    const reason = e.name === "TimeoutError" ? "TIMEOUT" : e.cause?.code ?? e.message ?? "NETWORK_ERROR";
    return { status: null, error: String(reason).slice(0, 500) };
  }
}

/** One timer for the earliest pending retry (unref'd: it never keeps a process alive on its own). */
async function scheduleNext(): Promise<void> {
  if (worker.timer) clearTimeout(worker.timer);
  worker.timer = null;
  try {
    const next = await db.webhookDelivery.findFirst({ where: { state: "pending" }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } });
    if (!next || !worker.started) return;
    if (worker.timer) clearTimeout(worker.timer); // a concurrent schedule may have set one while we queried
    const delay = Math.min(Math.max(next.nextAttemptAt.getTime() - Date.now(), 1000), MAX_TIMER_MS);
    worker.timer = setTimeout(() => { worker.timer = null; void kickWebhookDeliveries(); }, delay);
    worker.timer.unref?.();
  } catch (error) {
    console.error("[webhooks] could not schedule the next run", error);
  }
}
