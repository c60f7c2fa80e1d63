import "server-only";
import { db } from "@/lib/db";
import { DELIVERY_HEADER, EVENT_HEADER, signatureHeaders } from "@/lib/cms/signature";
import { DELIVERY_TIMEOUT_MS, isSuccessStatus, nextDelivery } from "@/lib/cms/retry";
import { tokenOwnerActor } from "@/lib/cms/token-owner";
import { loadWebhookHosts } from "./load-webhook-hosts";
import { sendWebhook } from "./send-webhook";

export type KickResult = { delivered: number; retried: number; failed: number };

const BATCH = 20;
// A claimed delivery is invisible to other runs (other instances too) for this long; a process that
// dies mid-send lets it come back after the lease instead of losing it.
const LEASE_MS = DELIVERY_TIMEOUT_MS * 3;
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
  const outcomes = await Promise.all(due.map((d) => deliverOne(d, now, allowedHosts)));
  const count = (s: string) => outcomes.filter((o) => o === s).length;
  return { picked: due.length, delivered: count("delivered"), retried: count("pending"), failed: count("failed") };
}

type Due = { id: string; tokenId: string; event: string; payload: string; attempts: number; nextAttemptAt: Date };

async function deliverOne(d: Due, now: Date, allowedHosts: string[]): Promise<string> {
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: d.id, state: "pending", attempts: d.attempts, nextAttemptAt: d.nextAttemptAt },
    data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count !== 1) return "skipped"; // another run (or instance) has it
  const target = await targetOf(d.tokenId, now);
  if ("refusal" in target) {
    await db.webhookDelivery.update({ where: { id: d.id }, data: { state: "failed", lastError: target.refusal } });
    return "failed";
  }
  const { status, error } = await sendWebhook(
    target.url,
    d.payload,
    {
      "Content-Type": "application/json",
      "User-Agent": "Duyet-Webhooks/1",
      [EVENT_HEADER]: d.event,
      [DELIVERY_HEADER]: d.id,
      ...signatureHeaders(target.secret, d.payload),
    },
    { allowedHosts, timeoutMs: DELIVERY_TIMEOUT_MS },
  );
  const attempts = d.attempts + 1;
  const sentAt = new Date();
  const next = nextDelivery({ attempts, success: status !== null && isSuccessStatus(status), now: sentAt });
  await db.webhookDelivery.update({
    where: { id: d.id },
    data: {
      attempts,
      lastStatus: status,
      lastError: error,
      state: next.state,
      nextAttemptAt: next.state === "pending" ? next.nextAttemptAt : sentAt,
      deliveredAt: next.state === "delivered" ? sentAt : null,
    },
  });
  return next.state;
}

/**
 * Where a delivery goes, or why it never will: the token is gone or revoked, or its owner may no longer
 * read (a webhook announces content only a reader may fetch: lib/cms/token-owner.ts).
 */
async function targetOf(tokenId: string, now: Date): Promise<{ url: string; secret: string } | { refusal: string }> {
  const token = await db.apiToken.findUnique({
    where: { id: tokenId },
    select: { webhookUrl: true, webhookSecret: true, revokedAt: true, createdById: true },
  });
  if (token?.revokedAt) return { refusal: "TOKEN_REVOKED" };
  if (!token?.webhookUrl || !token.webhookSecret) return { refusal: "NO_WEBHOOK" };
  const owner = token.createdById
    ? await db.user.findUnique({
        where: { id: token.createdById },
        select: { id: true, name: true, role: true, banned: true, banExpires: true },
      })
    : null;
  if (!tokenOwnerActor(owner, "read", now)) return { refusal: "OWNER_FORBIDDEN" };
  return { url: token.webhookUrl, secret: token.webhookSecret };
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
