import { describe, expect, it } from "vitest";
import { decideApproval, decideStep, stateFields, type StepRow } from "@/lib/review/decide-step";

const row = (over: Partial<StepRow> = {}): StepRow => ({
  state: "translated",
  text: "Hallo.",
  origin: "machine",
  textAuthorId: "author",
  ...over,
});

describe("decideStep", () => {
  it("a save of the same text changes nothing (no revision, no version)", () => {
    expect(decideStep(row(), { kind: "save", text: "Hallo." }, "me")).toEqual({
      unchanged: true,
      state: "translated",
      text: "Hallo.",
    });
  });

  it("a new text makes the actor its author and the origin human", () => {
    expect(decideStep(row(), { kind: "save", text: "Hallo!" }, "me")).toMatchObject({
      unchanged: false,
      text: "Hallo!",
      textChanged: true,
      origin: "human",
      textAuthorId: "me",
    });
  });

  it("an approval without an edit keeps origin and author", () => {
    expect(decideStep(row(), { kind: "approve", text: "Hallo." }, "me")).toMatchObject({
      unchanged: false,
      state: "approved",
      textChanged: false,
      origin: "machine",
      textAuthorId: "author",
    });
  });

  it("a bulk approval refuses a rejected text", () => {
    const rejected = row({ state: "rejected" });
    const approve = { kind: "approve", text: "Hallo." } as const;
    expect(() => decideStep(rejected, approve, "me", { refuseRejected: true })).toThrow("REVIEW_REJECTED_IN_BULK");
    expect(decideStep(rejected, approve, "me").state).toBe("approved");
  });

  it("a step the state machine forbids throws its code", () => {
    expect(() => decideStep(row(), { kind: "machine", text: "x" }, "me")).toThrow("TRANSLATION_NOT_UNTRANSLATED");
  });
});

describe("decideApproval", () => {
  const own = {
    errorCount: 1,
    issues: [
      { severity: "error", code: "number.mismatch" },
      { severity: "warning", code: "style.quotes" },
    ],
  };

  it("an approval over errors needs a reason and becomes an override", () => {
    expect(() => decideApproval("approved", own, { action: "approve" })).toThrow("REVIEW_BLOCKING_ISSUES");
    expect(decideApproval("approved", own, { action: "approve", overrideReason: "  checked  " })).toEqual({
      override: true,
      action: "override",
      reason: "checked",
      overridden: [own.issues[0]],
    });
  });

  it("anything else keeps the caller's action and reason", () => {
    expect(decideApproval("rejected", own, { action: "reject", reason: "wrong" })).toEqual({
      override: false,
      action: "reject",
      reason: "wrong",
      overridden: [],
    });
    expect(decideApproval("approved", { errorCount: 0, issues: [] }, { action: "approve" }).override).toBe(false);
  });
});

describe("stateFields", () => {
  it("keeps the approved text and clears or sets the rejection reason", () => {
    expect(stateFields("approved", "T", "r")).toEqual({ approvedText: "T", rejectReason: null });
    expect(stateFields("rejected", "T", "r")).toEqual({ rejectReason: "r" });
    expect(stateFields("draft", "T", "r")).toEqual({ rejectReason: null });
  });
});
