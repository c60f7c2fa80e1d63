import { describe, expect, it } from "vitest";
import { bulkApprovalItems, summarizeSkipped } from "@/lib/review/bulk";

const t = (
  id: string,
  state: "translated" | "approved" | "untranslated" | "draft" | "rejected",
  errorCount = 0,
  text = "x",
) => ({
  id,
  version: 3,
  state,
  text,
  errorCount,
});

describe("bulk approval items", () => {
  it("takes the selected segments' waiting translations without errors, and counts the ones left out for errors", () => {
    const segments = [
      { id: "s1", translations: { de: t("d1", "translated"), en: t("e1", "approved") } },
      { id: "s2", translations: { de: t("d2", "draft", 1), en: t("e2", "untranslated", 0, "") } },
      { id: "s3", translations: { de: t("d3", "translated") } },
    ];
    const { items, withErrors } = bulkApprovalItems(segments, new Set(["s1", "s2"]));
    expect(items).toEqual([{ translationId: "d1", expectedVersion: 3, segmentId: "s1", lang: "de" }]);
    expect(withErrors).toBe(1);
  });

  it("never sends a rejected text, with or without errors, and counts it apart", () => {
    const segments = [
      { id: "s1", translations: { de: t("d1", "rejected"), en: t("e1", "translated") } },
      { id: "s2", translations: { de: t("d2", "rejected", 2) } },
    ];
    const { items, withErrors, rejected } = bulkApprovalItems(segments, new Set(["s1", "s2"]));
    expect(items.map((i) => i.translationId)).toEqual(["e1"]);
    expect([withErrors, rejected]).toEqual([0, 2]);
  });
});

describe("why a bulk approval left segments out", () => {
  it("groups the refusals into four-eyes, changed meanwhile, and the rest", () => {
    const codes = [
      "REVIEW_FOUR_EYES",
      "TRANSLATION_CONFLICT",
      "REVIEW_FOUR_EYES",
      "REVIEW_ALREADY_APPROVED",
      "TRANSLATION_NOT_FOUND",
    ];
    expect(summarizeSkipped(codes.map((code) => ({ code })))).toEqual({ fourEyes: 2, stale: 2, rejected: 0, other: 1 });
    expect(summarizeSkipped([{ code: "REVIEW_REJECTED_IN_BULK" }])).toMatchObject({ rejected: 1, other: 0 });
    expect(summarizeSkipped([])).toEqual({ fourEyes: 0, stale: 0, rejected: 0, other: 0 });
  });
});
