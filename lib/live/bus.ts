// The per-instance fan-out: open editors subscribe to an article, committed changes are published to it.
// Each article keeps its last events so a reconnecting editor (Last-Event-ID) gets what it missed.
import type { LiveEvent } from "./events";

/** Events kept per article for reconnects; an editor further behind is told to reload its rows. */
const REPLAY = 100;

export type LiveListener = (event: LiveEvent, id: string) => void;

export class LiveBus {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly recent = new Map<string, { seq: number; event: LiveEvent }[]>();
  private seq = 0;
  /** Event ids carry the bus's epoch: an id from another instance or an earlier process is not ours. */
  constructor(private readonly epoch: string) {}

  subscribe(articleId: string, listener: LiveListener): () => void {
    const set = this.listeners.get(articleId) ?? new Set();
    set.add(listener);
    this.listeners.set(articleId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(articleId);
    };
  }

  /** How many editors of the article this instance serves: nobody → nothing is read or sent. */
  listening(articleId: string): number {
    return this.listeners.get(articleId)?.size ?? 0;
  }

  publish(articleId: string, event: LiveEvent): void {
    const seq = ++this.seq;
    const id = `${this.epoch}-${seq}`;
    // Presence is a snapshot: only row changes are worth replaying.
    if (event.type === "rows") {
      const kept = this.recent.get(articleId) ?? [];
      kept.push({ seq, event });
      if (kept.length > REPLAY) kept.shift();
      this.recent.set(articleId, kept);
    }
    for (const listener of this.listeners.get(articleId) ?? []) listener(event, id);
  }

  /** The events after `lastId`, or null when they cannot be told (another epoch, or too far behind). */
  since(articleId: string, lastId: string): { id: string; event: LiveEvent }[] | null {
    const match = /^([\w]+)-(\d{1,15})$/.exec(lastId);
    if (!match || match[1] !== this.epoch) return null;
    const after = Number(match[2]);
    const kept = this.recent.get(articleId) ?? [];
    // Nothing was dropped while fewer than REPLAY were kept; otherwise the id must reach the oldest kept.
    const oldest = kept[0]?.seq ?? 0;
    if (kept.length >= REPLAY && after < oldest - 1) return null;
    return kept.filter((k) => k.seq > after).map((k) => ({ id: `${this.epoch}-${k.seq}`, event: k.event }));
  }

  /** The id an editor's stream starts from (nothing to replay before it). */
  currentId(): string {
    return `${this.epoch}-${this.seq}`;
  }
}
