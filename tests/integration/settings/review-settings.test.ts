import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveReviewSettingsAction } from "@/lib/settings/server/actions";
import { loadReviewSettings } from "@/lib/settings/server/review-settings";
import { loadCheckOptions } from "@/lib/quality/server/check-options";
import { createActor } from "../../factories";

describe("review and house-style settings", () => {
  it("default to four-eyes on and diacritics kept; only admins change them, with an audit row", async () => {
    expect(await loadReviewSettings()).toEqual({ fourEyes: true, diacritics: "keep" });
    const publisher = await createActor("publisher");
    expect(await saveReviewSettingsAction({ fourEyes: false, diacritics: "strip" }, publisher)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const admin = await createActor("admin");
    expect(await saveReviewSettingsAction({ fourEyes: false, diacritics: "strip" }, admin)).toMatchObject({ ok: true });
    expect(await loadReviewSettings()).toEqual({ fourEyes: false, diacritics: "strip" });
    expect((await loadCheckOptions(db)).style).toEqual({ diacritics: "strip" });
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorId: admin.id } })).toBe(1);
    expect(await saveReviewSettingsAction({ fourEyes: "yes", diacritics: "strip" }, admin)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });
});
