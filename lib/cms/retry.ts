// When a failed webhook delivery is tried again. Growing gaps let a receiver that is down for a deploy
// or an outage catch up without being hammered; after MAX_ATTEMPTS the delivery is given up (failed).
const MINUTE = 60_000;
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const DELIVERY_TIMEOUT_MS = 10_000;

export type DeliveryOutcome = { state: "delivered" } | { state: "pending"; nextAttemptAt: Date } | { state: "failed" };

/** After attempt number `attempts` (1-based) went through the network: what happens next. */
export function nextDelivery(o: { attempts: number; success: boolean; now: Date }): DeliveryOutcome {
  if (o.success) return { state: "delivered" };
  if (o.attempts >= MAX_ATTEMPTS) return { state: "failed" };
  const delay = RETRY_DELAYS_MS[Math.min(Math.max(0, o.attempts - 1), RETRY_DELAYS_MS.length - 1)] ?? 0;
  return { state: "pending", nextAttemptAt: new Date(o.now.getTime() + delay) };
}

/** Only 2xx counts as received: a redirect may point anywhere and is not followed. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
