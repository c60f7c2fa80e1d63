import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import { randomBytes } from "node:crypto";
import { LiveBus } from "@/lib/live/bus";
import { PresenceStore } from "@/lib/live/presence";
import type { PresenceBeat } from "@/lib/live/events";

/** One hub per server process (kept across hot reloads in development, like the Prisma client). */
type Hub = {
  bus: LiveBus;
  presence: PresenceStore;
  sweeper: ReturnType<typeof setInterval> | null;
  /** This instance's open streams: where each last said it was, so its beat repeats that. */
  streams: Map<string, { userId: string; articleId: string; last: PresenceBeat }>;
};

const globalForHub = globalThis as unknown as { duyetLiveHub?: Hub };

export function hub(): Hub {
  globalForHub.duyetLiveHub ??= {
    bus: new LiveBus(randomBytes(6).toString("hex")),
    presence: new PresenceStore(),
    sweeper: null,
    streams: new Map(),
  };
  return globalForHub.duyetLiveHub;
}

/** True when DATABASE_URL is PostgreSQL: then instances share events through LISTEN/NOTIFY. */
export function sharedThroughPostgres(): boolean {
  return isPostgresUrl();
}
