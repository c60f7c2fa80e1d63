import { describe, expect, it } from "vitest";
import { PRESENCE_TTL_MS, PresenceStore } from "@/lib/live/presence";
import type { PresenceBeat } from "@/lib/live/events";

function beat(patch: Partial<PresenceBeat> = {}): PresenceBeat {
  return {
    kind: "presence",
    articleId: "a1",
    clientId: "client-lan-1",
    userId: "lan",
    name: "Lan Nguyễn",
    segmentId: null,
    lang: null,
    typing: false,
    left: false,
    ...patch,
  };
}

describe("presence", () => {
  it("lists who is where, and tells when what others see changed", () => {
    const store = new PresenceStore();
    expect(store.apply(beat(), 0)).toBe(true);
    expect(store.apply(beat(), 1_000)).toBe(false); // a renewal changes nothing visible
    expect(store.apply(beat({ segmentId: "s2", lang: "de", typing: true }), 2_000)).toBe(true);
    expect(store.list("a1")).toEqual([
      {
        clientId: "client-lan-1",
        userId: "lan",
        name: "Lan Nguyễn",
        initials: "LN",
        segmentId: "s2",
        lang: "de",
        typing: true,
      },
    ]);
  });

  it("expires an editor not heard from within the time to live, and only that one", () => {
    const store = new PresenceStore();
    store.apply(beat(), 0);
    store.apply(beat({ clientId: "client-jonas", userId: "jonas", name: "Jonas Weber" }), 20_000);
    expect(store.expire(PRESENCE_TTL_MS)).toEqual([]);
    expect(store.expire(PRESENCE_TTL_MS + 1)).toEqual(["a1"]);
    expect(store.list("a1").map((p) => p.name)).toEqual(["Jonas Weber"]);
    expect(store.expire(20_000 + PRESENCE_TTL_MS + 1)).toEqual(["a1"]);
    expect(store.list("a1")).toEqual([]);
    expect(store.namesIn(["a1"]).size).toBe(0);
  });

  it("removes an editor that closed, and does not let another user move someone's badge", () => {
    const store = new PresenceStore();
    store.apply(beat(), 0);
    store.apply(beat({ userId: "mallory", name: "Mallory", segmentId: "s9", lang: "en" }), 1);
    const lan = store.list("a1").find((p) => p.userId === "lan");
    expect(lan?.segmentId).toBeNull();
    expect(store.apply(beat({ left: true }), 2)).toBe(true);
    expect(store.namesIn(["a1", "a2"])).toEqual(new Map([["a1", ["Mallory"]]]));
  });
});
