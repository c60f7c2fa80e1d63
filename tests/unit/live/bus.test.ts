import { describe, expect, it } from "vitest";
import { LiveBus } from "@/lib/live/bus";
import type { LiveEvent } from "@/lib/live/events";

const rows = (n: number): LiveEvent => ({ type: "rows", actorId: "u", actorName: `save ${n}`, changes: [] });

describe("live bus", () => {
  it("delivers an article's events to its subscribers only, until they leave", () => {
    const bus = new LiveBus("e1");
    const got: string[] = [];
    const leave = bus.subscribe("a1", (_e, id) => got.push(`a1 ${id}`));
    bus.subscribe("a2", (_e, id) => got.push(`a2 ${id}`));
    bus.publish("a1", rows(1));
    bus.publish("a2", rows(2));
    leave();
    bus.publish("a1", rows(3));
    expect(got).toEqual(["a1 e1-1", "a2 e1-2"]);
    expect(bus.listening("a1")).toBe(0);
  });

  it("replays what a reconnecting editor missed, or says it cannot", () => {
    const bus = new LiveBus("e1");
    bus.publish("a1", rows(1));
    const seen = bus.currentId();
    bus.publish("a2", rows(2));
    bus.publish("a1", rows(3));
    expect(bus.since("a1", seen)?.map((m) => m.id)).toEqual(["e1-3"]);
    expect(bus.since("a1", bus.currentId())).toEqual([]);
    expect(bus.since("a1", "other-5")).toBeNull(); // another instance's or process's id
    expect(bus.since("a1", "garbage")).toBeNull();
    for (let i = 0; i < 150; i++) bus.publish("a1", rows(i));
    expect(bus.since("a1", seen)).toBeNull(); // further behind than what is kept
  });
});
