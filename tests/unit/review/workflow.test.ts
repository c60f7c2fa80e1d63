import { describe, expect, it } from "vitest";
import type { TranslationState } from "@/lib/vocabulary";
import { changedSinceApproval, isFullyApproved, nextState, progressFromCounts } from "@/lib/review/workflow";

const at = (state: TranslationState, text = "Text") => ({ state, text });

describe("nextState", () => {
  it("fills only untranslated segments with machine text", () => {
    expect(nextState(at("untranslated", ""), { kind: "machine", text: "MT" })).toBe("machine");
    expect(() => nextState(at("draft"), { kind: "machine", text: "MT" })).toThrow("TRANSLATION_NOT_UNTRANSLATED");
  });

  it("a changed text becomes a draft from any state, approved included; an emptied one is untranslated", () => {
    for (const s of ["machine", "draft", "translated", "approved", "rejected"] as const) {
      expect(nextState(at(s), { kind: "save", text: "Neu" })).toBe("draft");
    }
    expect(nextState(at("draft"), { kind: "save", text: "  " })).toBe("untranslated");
  });

  it("saving the unchanged text keeps the state (an approved text stays approved)", () => {
    expect(nextState(at("approved", "Gleich"), { kind: "save", text: "Gleich" })).toBe("approved");
  });

  it("confirm marks translated, but not an empty text nor an unchanged approved one", () => {
    expect(nextState(at("machine"), { kind: "confirm", text: "Text" })).toBe("translated");
    expect(nextState(at("rejected"), { kind: "confirm", text: "Besser" })).toBe("translated");
    expect(() => nextState(at("draft"), { kind: "confirm", text: "" })).toThrow("TRANSLATION_EMPTY");
    expect(() => nextState(at("approved", "A"), { kind: "confirm", text: "A" })).toThrow(
      "TRANSLATION_ALREADY_APPROVED",
    );
    expect(nextState(at("approved", "A"), { kind: "confirm", text: "B" })).toBe("translated");
  });

  it("approve needs a text and is refused twice", () => {
    expect(nextState(at("translated"), { kind: "approve", text: "Text" })).toBe("approved");
    expect(() => nextState(at("untranslated", ""), { kind: "approve", text: "" })).toThrow("TRANSLATION_EMPTY");
    expect(() => nextState(at("approved"), { kind: "approve", text: "Text" })).toThrow("REVIEW_ALREADY_APPROVED");
  });

  it("reject needs a reason and something to reject", () => {
    expect(nextState(at("translated"), { kind: "reject", reason: "Falscher Begriff" })).toBe("rejected");
    expect(() => nextState(at("translated"), { kind: "reject", reason: " " })).toThrow("REVIEW_REASON_REQUIRED");
    expect(() => nextState(at("untranslated", ""), { kind: "reject", reason: "x" })).toThrow(
      "REVIEW_NOTHING_TO_REJECT",
    );
    expect(() => nextState(at("rejected"), { kind: "reject", reason: "x" })).toThrow("REVIEW_ALREADY_REJECTED");
  });
});

describe("progress", () => {
  it("counts approved within translated, and is fully approved only when everything is", () => {
    const p = progressFromCounts({ approved: 3, translated: 2, draft: 1, untranslated: 4 });
    expect(p).toEqual({ total: 10, approved: 3, translated: 5, untranslated: 4, needsReview: 2, rejected: 0 });
    expect(isFullyApproved(p)).toBe(false);
    expect(isFullyApproved(progressFromCounts({ approved: 4 }))).toBe(true);
    expect(isFullyApproved(progressFromCounts({}))).toBe(false);
  });

  it("changed since approval: an approved text edited afterwards", () => {
    expect(changedSinceApproval({ state: "draft", text: "B", approvedText: "A" })).toBe(true);
    expect(changedSinceApproval({ state: "approved", text: "A", approvedText: "A" })).toBe(false);
    expect(changedSinceApproval({ state: "draft", text: "A", approvedText: null })).toBe(false);
  });
});
