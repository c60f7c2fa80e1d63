// The four-eyes rule on single approvals: nobody approves a text they wrote; a setting switches it off.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { createActor, createArticle } from "../../factories";
import { first } from "./first-translation";

describe("four-eyes rule", () => {
  it("nobody approves a text they wrote (edited or imported); someone else may", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    const edited = await saveTranslation(
      { translationId: t.id, expectedVersion: 1, text: "Von Jonas geschrieben", confirm: true },
      jonas,
    );
    await expect(
      approveTranslation({ translationId: t.id, expectedVersion: edited.version }, jonas),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES" });
    // Editing and approving in one step is the same thing.
    await expect(
      approveTranslation({ translationId: t.id, expectedVersion: edited.version, text: "Anders" }, minh),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES" });
    expect((await approveTranslation({ translationId: t.id, expectedVersion: edited.version }, minh)).state).toBe(
      "approved",
    );
  });

  it("can be switched off by a setting", async () => {
    const jonas = await createActor("reviewer");
    const { articleId } = await createArticle(jonas);
    const t = await first(articleId);
    await db.setting.create({ data: { key: "fourEyes", value: "false" } });
    const edited = await saveTranslation(
      { translationId: t.id, expectedVersion: 1, text: "Selbst", confirm: true },
      jonas,
    );
    expect((await approveTranslation({ translationId: t.id, expectedVersion: edited.version }, jonas)).state).toBe(
      "approved",
    );
  });
});
