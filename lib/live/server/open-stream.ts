import "server-only";
import { randomUUID } from "node:crypto";
import { sseFrame, type LiveEvent, type PresenceBeat } from "@/lib/live/events";
import type { Actor } from "@/lib/vocabulary";
import { hub, sharedThroughPostgres } from "./hub";
import { ensureListening } from "./pg-listener";
import { sendNotice } from "./send-notice";
import { resyncEvent } from "./resync-event";
import { startSweeper } from "./sweep-presence";

/** A comment line every 15 s keeps proxies from closing an idle stream and renews this editor's presence. */
export const BEAT_MS = 15_000;

type StreamOptions = { articleId: string; actor: Actor; lastEventId: string | null; signal: AbortSignal };

/**
 * One open editor's Server-Sent Events stream: what it missed since `lastEventId` (or all its rows again
 * when that cannot be told), then every committed change and presence change of the article, until the
 * browser goes away. No database polling: events arrive from the bus (lib/live/bus.ts).
 */
export function openLiveStream(o: StreamOptions): ReadableStream<Uint8Array> {
  const { bus, presence, streams } = hub();
  const encoder = new TextEncoder();
  const clientId = randomUUID();
  const beat = (patch: Partial<PresenceBeat> = {}): PresenceBeat => ({
    kind: "presence",
    articleId: o.articleId,
    clientId,
    userId: o.actor.id,
    name: o.actor.name,
    segmentId: null,
    lang: null,
    typing: false,
    left: false,
    ...patch,
  });
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the stream is closed already
        }
      };
      // On PostgreSQL, listen before subscribing: no commit after this point goes unheard.
      if (sharedThroughPostgres())
        await ensureListening().catch((error: unknown) => console.error("[live] cannot LISTEN", error));
      const onEvent = (event: LiveEvent, id: string) => send(sseFrame(event.type, event, id));
      const unsubscribe = bus.subscribe(o.articleId, onEvent);
      startSweeper();
      send(`retry: 2000\n\n`);
      send(sseFrame("hello", { clientId }, bus.currentId()));
      const missed = o.lastEventId ? bus.since(o.articleId, o.lastEventId) : [];
      if (missed === null) send(sseFrame("rows", await resyncEvent(o.articleId), bus.currentId()));
      else for (const m of missed) onEvent(m.event, m.id);
      const stream = { userId: o.actor.id, articleId: o.articleId, last: beat() };
      streams.set(clientId, stream);
      await sendNotice(stream.last).catch(() => undefined);
      send(sseFrame("presence", { type: "presence", people: presence.list(o.articleId) }));
      const timer = setInterval(() => {
        send(`: beat\n\n`);
        void sendNotice(stream.last).catch(() => undefined);
      }, BEAT_MS);
      cleanup = () => {
        cleanup = () => {};
        clearInterval(timer);
        unsubscribe();
        streams.delete(clientId);
        void sendNotice(beat({ left: true })).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // closed by the browser already
        }
      };
      if (o.signal.aborted) cleanup();
      else o.signal.addEventListener("abort", () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
}
