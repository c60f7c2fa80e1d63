import { describe, expect, it } from "vitest";
import { translationPatch, type StoredTranslation } from "@/lib/articles/translation-view";

const row: StoredTranslation = {
  id: "t1",
  lang: "de",
  text: "Zwei Millionen",
  state: "draft",
  origin: "tm-fuzzy",
  machineText: null,
  machineSettings: JSON.stringify({ score: 0.92 }),
  approvedText: null,
  rejectReason: null,
  version: 3,
  errorCount: 0,
  warningCount: 1,
  issues: "[]",
  updatedAt: new Date("2026-11-28T03:00:00Z"),
  sourceChanged: true,
};

describe("translationPatch", () => {
  it("maps a stored row to what the editor shows, with the fuzzy score and the author's name", () => {
    const patch = translationPatch(row, "Lan");
    expect(patch).toMatchObject({ id: "t1", lang: "de", state: "draft", origin: "tm-fuzzy", fuzzyScore: 0.92 });
    expect(patch).toMatchObject({ version: 3, updatedBy: "Lan", updatedAt: "2026-11-28T03:00:00.000Z" });
    expect(patch.sourceChanged).toBe(true);
  });

  it("never carries a comment count, so a patch cannot reset the cell's comments", () => {
    expect("commentCount" in translationPatch(row, null)).toBe(false);
  });

  it("has no fuzzy score for text that is not a fuzzy memory fill", () => {
    expect(translationPatch({ ...row, origin: "machine", machineSettings: "{}" }, null).fuzzyScore).toBeNull();
  });

  it("refuses a stored value outside the vocabulary instead of passing it to the browser", () => {
    expect(() => translationPatch({ ...row, state: "weird" }, null)).toThrow();
  });
});
