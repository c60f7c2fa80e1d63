import "server-only";
import { db } from "@/lib/db";
import { DELIVERY_HEADER, EVENT_HEADER, signatureHeaders } from "@/lib/cms/signature";
import { DELIVERY_TIMEOUT_MS, isSuccessStatus, nextDelivery } from "@/lib/cms/retry";
import { loadWebhookTarget } from "./load-webhook-target";
import { sendWebhook } from "./send-webhook";

// A claimed delivery is invisible to other runs (other instances too) for this long; a process that
// dies mid-send lets it come back after the lease instead of losing it.
const LEASE_MS = DELIVERY_TIMEOUT_MS * 3;

export type DueDelivery = {
  id: string;
  tokenId: string;
  event: string;
  payload: string;
  attempts: number;
  nextAttemptAt: Date;
};

/** Claims one due delivery, sends it and records the outcome ("skipped" when another run has it). */
export async function deliverWebhook(d: DueDelivery, now: Date, allowedHosts: string[]): Promise<string> {
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: d.id, state: "pending", attempts: d.attempts, nextAttemptAt: d.nextAttemptAt },
    data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count !== 1) return "skipped"; // another run (or instance) has it
  const target = await loadWebhookTarget(d.tokenId, now);
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
