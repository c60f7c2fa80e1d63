import { describe, expect, it } from "vitest";
import { createInsertIntoCell } from "@/components/editor/cell-inserter";

describe("insert into the focused cell", () => {
  it("goes to the cell that registered last, only when it is the one asked for", () => {
    const registry = createInsertIntoCell();
    const got: string[] = [];
    expect(registry.insert("x", "replace")).toBe(false);
    const offA = registry.register("a:de", (text, mode) => got.push(`a ${mode} ${text}`));
    registry.register("b:de", (text, mode) => got.push(`b ${mode} ${text}`));
    expect(registry.insert("Hallo", "caret")).toBe(true);
    expect(registry.insert("stale", "replace", "a:de")).toBe(false);
    offA(); // a's unmount does not unregister b
    expect(registry.insert("Welt", "replace", "b:de")).toBe(true);
    expect(got).toEqual(["b caret Hallo", "b replace Welt"]);
  });
});
