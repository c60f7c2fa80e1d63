import { describe, expect, it } from "vitest";
import { decideRemote } from "@/lib/live/decide-remote";

const row = { version: 3 };

describe("what an open editor does with someone's committed row", () => {
  it("applies a newer version to a cell nobody types in", () => {
    expect(decideRemote(row, { version: 4, text: "neu" }, undefined, false)).toBe("apply");
  });
  it("holds it when I have unsaved text there: never changed under my cursor", () => {
    expect(decideRemote(row, { version: 4, text: "neu" }, "meins", false)).toBe("hold");
  });
  it("applies when my unsaved text is the same as theirs", () => {
    expect(decideRemote(row, { version: 4, text: "neu" }, "neu", false)).toBe("apply");
  });
  it("skips what it holds already (my own save's echo, an out-of-order read)", () => {
    expect(decideRemote(row, { version: 3, text: "alt" }, undefined, false)).toBe("skip");
    expect(decideRemote(row, { version: 2, text: "älter" }, "meins", false)).toBe("skip");
    expect(decideRemote(row, { version: 4, text: "neu" }, "meins", true)).toBe("skip");
    expect(decideRemote(undefined, { version: 4 }, undefined, false)).toBe("skip");
  });
  it("applies re-checked issues of a sibling row even while I type (no text moves)", () => {
    expect(decideRemote(row, { issues: "[]", errorCount: 0, warningCount: 0 }, "meins", false)).toBe("apply");
  });
});
