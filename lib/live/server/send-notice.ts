import "server-only";
import { db } from "@/lib/db";
import { LIVE_CHANNEL, type LiveNotice } from "@/lib/live/events";
import { sharedThroughPostgres } from "./hub";
import { receiveNotice } from "./receive-notice";

/**
 * Sends a notice to every instance: on PostgreSQL through NOTIFY (delivered to every listener, this
 * instance's own included, and only after the sender's transaction commits), on SQLite (one instance by
 * design) straight to this process. Sending needs no LISTEN connection: only an instance with open
 * editors (or the article list) listens (lib/live/server/pg-listener.ts).
 */
export async function sendNotice(notice: LiveNotice): Promise<void> {
  if (!sharedThroughPostgres()) return receiveNotice(notice);
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`;
}
