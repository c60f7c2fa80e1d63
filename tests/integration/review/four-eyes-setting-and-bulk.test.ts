// The four-eyes rule off by setting, and applied per segment in a bulk approval.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { approveManyAction } from "@/lib/review/server/actions";
import { createActor, createArticle } from "../../factories";
import { untranslatedRows } from "./four-eyes-fixtures";

describe("four-eyes: the setting and bulk approval", () => {
  it("does not apply when the setting is off", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const [t] = await untranslatedRows(articleId);
    const written = await saveTranslation(
      { translationId: t!.id, expectedVersion: t!.version, text: "Von Jonas", confirm: false },
      jonas,
    );
    const dotted = await saveTranslation(
      { translationId: t!.id, expectedVersion: written.version, text: "Von Jonas.", confirm: true },
      lan,
    );
    await db.setting.create({ data: { key: "fourEyes", value: "false" } });
    try {
      expect((await approveTranslation({ translationId: t!.id, expectedVersion: dotted.version }, jonas)).state).toBe(
        "approved",
      );
    } finally {
      await db.setting.delete({ where: { key: "fourEyes" } }); // the other tests of this file expect the default (on)
    }
  });

  it("bulk approval applies the same rule per segment and approves the rest", async () => {
    const [importer, lan, jonas] = [
      await createActor("translator"),
      await createActor("translator"),
      await createActor("reviewer"),
    ];
    const { articleId } = await createArticle(importer);
    const rows = await untranslatedRows(articleId);
    const [mine, theirs] = [rows[0], rows[3]]; // the title, and "Dự kiến hoàn thành năm 2030."
    const written = await saveTranslation(
      { translationId: mine!.id, expectedVersion: mine!.version, text: "Hanoi baut eine U-Bahn", confirm: false },
      jonas,
    );
    const dotted = await saveTranslation(
      { translationId: mine!.id, expectedVersion: written.version, text: "Hanoi baut eine U-Bahn.", confirm: true },
      lan,
    );
    const other = await saveTranslation(
      {
        translationId: theirs!.id,
        expectedVersion: theirs!.version,
        text: "Sie soll 2030 fertig sein.",
        confirm: true,
      },
      lan,
    );
    const result = await approveManyAction(
      {
        items: [
          { translationId: mine!.id, expectedVersion: dotted.version },
          { translationId: theirs!.id, expectedVersion: other.version },
        ],
      },
      jonas,
    );
    expect(result.ok && result.data.approved.map((a) => a.id)).toEqual([theirs!.id]);
    expect(result.ok && result.data.skipped).toEqual([{ translationId: mine!.id, code: "REVIEW_FOUR_EYES" }]);
    expect((await db.translation.findUniqueOrThrow({ where: { id: mine!.id } })).state).toBe("translated");
  });
});
