import "server-only";
import pg from "pg";
import { LIVE_CHANNEL, parseNotice } from "@/lib/live/events";
import { receiveNotice } from "./receive-notice";

/** One LISTEN connection per instance, opened when first needed and opened again after it drops. */
type Listener = { client: pg.Client | null; ready: Promise<void> | null };
const globalForListener = globalThis as unknown as { duyetLiveListener?: Listener };
const RETRY_MS = 1_000;

function state(): Listener {
  globalForListener.duyetLiveListener ??= { client: null, ready: null };
  return globalForListener.duyetLiveListener;
}

/** Starts listening on PostgreSQL (once); resolves when LISTEN is in place, so no notice after it is missed. */
export function ensureListening(): Promise<void> {
  const s = state();
  s.ready ??= connect(s).catch((error: unknown) => {
    s.ready = null;
    throw error;
  });
  return s.ready;
}

async function connect(s: Listener): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const drop = () => {
    if (s.client !== client) return;
    s.client = null;
    s.ready = null;
    void client.end().catch(() => undefined);
    // Open editors keep their streams: listen again shortly (they reload their rows on their reconnect).
    setTimeout(() => void ensureListening().catch(() => undefined), RETRY_MS).unref();
  };
  client.on("error", (error) => {
    console.error("[live] LISTEN connection failed", error.message);
    drop();
  });
  client.on("end", drop);
  client.on("notification", (message) => {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return;
    const notice = parseNotice(message.payload);
    if (notice) void receiveNotice(notice).catch((error: unknown) => console.error("[live] notice failed", error));
  });
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  s.client = client;
}

/** Closes the LISTEN connection (tests, shutdown). */
export async function stopListening(): Promise<void> {
  const s = state();
  const client = s.client;
  s.client = null;
  s.ready = null;
  await client?.end();
}
