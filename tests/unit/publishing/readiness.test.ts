import { describe, expect, it } from "vitest";
import { isOpenError, publishReadiness, type ReadinessRow } from "@/lib/publishing/readiness";

const row = (state: string, errorCount = 0, lastAction: string | null = "approve"): ReadinessRow => ({
  state,
  errorCount,
  lastAction,
});

describe("publishReadiness", () => {
  it("is ready when every row is approved and no error is open", () => {
    expect(publishReadiness([row("approved"), row("approved")])).toEqual({
      total: 2,
      approved: 2,
      openErrors: 0,
      sourceChanged: 0,
      ready: true,
      refusal: null,
    });
  });

  it("refuses texts whose source changed before anything else, until they are approved again", () => {
    const changed = { ...row("draft"), sourceChanged: true };
    const r = publishReadiness([changed, row("translated"), { ...row("approved"), sourceChanged: true }]);
    expect(r).toMatchObject({ sourceChanged: 1, ready: false });
    expect(r.refusal).toEqual({ code: "PUBLISH_SOURCE_CHANGED", params: { count: 1 } });
    expect(publishReadiness([{ ...row("approved"), sourceChanged: true }]).ready).toBe(true);
  });

  it("refuses an empty language first", () => {
    expect(publishReadiness([]).refusal).toEqual({ code: "PUBLISH_NOTHING_TO_PUBLISH", params: {} });
  });

  it("counts unapproved rows before open errors", () => {
    const r = publishReadiness([row("translated", 1), row("approved", 2), row("machine")]);
    expect(r).toMatchObject({ total: 3, approved: 1, openErrors: 2, ready: false });
    expect(r.refusal).toEqual({ code: "PUBLISH_NOT_APPROVED", params: { count: 2 } });
  });

  it("an error overridden with a reason is not open; a later revision reopens it", () => {
    expect(isOpenError(row("approved", 1, "override"))).toBe(false);
    expect(isOpenError(row("approved", 1, "approve"))).toBe(true);
    expect(isOpenError(row("approved", 0, null))).toBe(false);
    const r = publishReadiness([row("approved", 1, "override"), row("approved", 3, "xliff")]);
    expect(r.refusal).toEqual({ code: "PUBLISH_OPEN_ERRORS", params: { count: 1 } });
    expect(r.openErrors).toBe(1);
  });
});
