// Who has which article open, in memory: one instance's own editors plus what other instances said
// (PostgreSQL NOTIFY). Ephemeral by design: an entry not heard from within the time to live is gone.
import { initialsOf, type PresenceBeat, type PresenceView } from "./events";

/** An open editor says it is still there every 15 s (lib/live/server/open-stream.ts); three missed beats end it. */
export const PRESENCE_TTL_MS = 45_000;
/** Bounds memory whatever clients send: an article lists at most this many open editors. */
const MAX_PER_ARTICLE = 200;

type Entry = PresenceView & { seenAt: number };

export class PresenceStore {
  private readonly byArticle = new Map<string, Map<string, Entry>>();

  /** Applies a beat; true when what others see changed (a new person, another cell, typing on/off). */
  apply(beat: PresenceBeat, now: number): boolean {
    const people = this.byArticle.get(beat.articleId) ?? new Map<string, Entry>();
    // Keyed by user too: a client id seen in the list cannot be used to move someone else's badge.
    const key = `${beat.userId}/${beat.clientId}`;
    if (beat.left) {
      const had = people.delete(key);
      if (people.size === 0) this.byArticle.delete(beat.articleId);
      return had;
    }
    const before = people.get(key);
    if (!before && people.size >= MAX_PER_ARTICLE) return false;
    const entry: Entry = {
      clientId: beat.clientId,
      userId: beat.userId,
      name: beat.name,
      initials: initialsOf(beat.name),
      segmentId: beat.segmentId,
      lang: beat.lang,
      typing: beat.typing,
      seenAt: now,
    };
    people.set(key, entry);
    this.byArticle.set(beat.articleId, people);
    return (
      !before || before.segmentId !== entry.segmentId || before.lang !== entry.lang || before.typing !== entry.typing
    );
  }

  /** Drops entries not heard from in time; returns the articles whose list changed. */
  expire(now: number): string[] {
    const changed: string[] = [];
    for (const [articleId, people] of this.byArticle) {
      let removed = false;
      for (const [key, entry] of people) {
        if (now - entry.seenAt > PRESENCE_TTL_MS) removed = people.delete(key) || removed;
      }
      if (removed) changed.push(articleId);
      if (people.size === 0) this.byArticle.delete(articleId);
    }
    return changed;
  }

  /** The open editors of an article, oldest first (the badge order stays stable). */
  list(articleId: string): PresenceView[] {
    const people = [...(this.byArticle.get(articleId)?.values() ?? [])];
    return people.map((p) => ({
      clientId: p.clientId,
      userId: p.userId,
      name: p.name,
      initials: p.initials,
      segmentId: p.segmentId,
      lang: p.lang,
      typing: p.typing,
    }));
  }

  /** Per article, the distinct people in it (the article list's "now in it"). */
  namesIn(articleIds: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const articleId of articleIds) {
      const people = this.byArticle.get(articleId);
      if (!people) continue;
      out.set(articleId, [...new Set([...people.values()].map((p) => p.name))]);
    }
    return out;
  }
}
