import { describe, expect, it } from "vitest";
import { isOverridden, overrideRefusal } from "@/lib/publishing/overrides";

describe("overrides a publisher confirms", () => {
  it("are rows with errors whose last revision is the override", () => {
    expect(isOverridden({ state: "approved", errorCount: 1, lastAction: "override" })).toBe(true);
    expect(isOverridden({ state: "approved", errorCount: 0, lastAction: "override" })).toBe(false);
    expect(isOverridden({ state: "approved", errorCount: 2, lastAction: "approve" })).toBe(false);
  });

  it("must be confirmed exactly: none, all, added, removed, replaced", () => {
    expect(overrideRefusal([], [])).toBeNull();
    expect(overrideRefusal(["a", "b"], ["b", "a"])).toBeNull();
    expect(overrideRefusal(["a", "b"], [])).toEqual({ code: "PUBLISH_OVERRIDES_UNCONFIRMED", params: { count: 2 } });
    expect(overrideRefusal(["a", "b"], ["a"])).toEqual({ code: "PUBLISH_OVERRIDES_CHANGED", params: { count: 2 } });
    expect(overrideRefusal([], ["a"])).toEqual({ code: "PUBLISH_OVERRIDES_CHANGED", params: { count: 0 } });
    expect(overrideRefusal(["c"], ["a"])).toEqual({ code: "PUBLISH_OVERRIDES_CHANGED", params: { count: 1 } });
  });
});
