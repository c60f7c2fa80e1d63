import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { restoreRevisionAction } from "@/lib/review/server/actions";
import { createActor, createArticle } from "../../factories";

const TITLE = ["Hanoi beginnt mit dem Bau einer neuen Metrolinie", "Hanoi baut eine neue Metrolinie"];

async function firstGerman(articleId: string) {
  return db.translation.findFirstOrThrow({
    where: { articleId, lang: "de" },
    orderBy: { segment: { position: "asc" } },
  });
}

describe("restoring an earlier revision", () => {
  it("writes a new revision with that text as a draft, names the version, audits it, and counts the restorer as author", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan"), await createActor("reviewer", "Jonas")];
    const { articleId } = await createArticle(lan);
    const t = await firstGerman(articleId);
    const v2 = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: TITLE[0]!, confirm: true },
      lan,
    );
    const v3 = await approveTranslation({ translationId: t.id, expectedVersion: v2.version }, jonas);
    const v4 = await saveTranslation(
      { translationId: t.id, expectedVersion: v3.version, text: TITLE[1]!, confirm: true },
      lan,
    );

    const result = await restoreRevisionAction(
      { translationId: t.id, version: v2.version, expectedVersion: v4.version },
      jonas,
    );
    expect(result).toMatchObject({ ok: true, data: { text: TITLE[0], state: "draft", version: v4.version + 1 } });
    const revision = await db.revision.findFirstOrThrow({
      where: { translationId: t.id },
      orderBy: { version: "desc" },
    });
    expect([revision.action, revision.reason, revision.text, revision.wroteText]).toEqual([
      "restore",
      String(v2.version),
      TITLE[0],
      true,
    ]);
    expect(await db.auditEvent.count({ where: { entityId: t.id, action: "translation.restore" } })).toBe(1);
    // Jonas wrote the text now: the four-eyes rule keeps him from approving it.
    await expect(
      approveTranslation({ translationId: t.id, expectedVersion: v4.version + 1 }, jonas),
    ).rejects.toMatchObject({
      code: "REVIEW_FOUR_EYES",
    });
  });

  it("refuses a stale version, an unknown revision, the same text, and a role without edit rights; nothing is written", async () => {
    const lan = await createActor("translator", "Lan");
    const { articleId } = await createArticle(lan);
    const t = await firstGerman(articleId);
    const v2 = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: TITLE[0]!, confirm: false },
      lan,
    );
    const v3 = await saveTranslation(
      { translationId: t.id, expectedVersion: v2.version, text: TITLE[1]!, confirm: false },
      lan,
    );
    const before = await db.revision.count({ where: { translationId: t.id } });
    const restore = (version: number, expectedVersion: number) =>
      restoreRevisionAction({ translationId: t.id, version, expectedVersion }, lan);
    expect(await restore(v2.version, v2.version)).toMatchObject({ ok: false, code: "TRANSLATION_CONFLICT" });
    expect(await restore(99, v3.version)).toMatchObject({ ok: false, code: "REVISION_NOT_FOUND" });
    expect(await restore(v3.version, v3.version)).toMatchObject({
      ok: false,
      code: "REVISION_SAME_TEXT",
      params: { version: v3.version },
    });
    expect(
      await restoreRevisionAction({ translationId: t.id, version: v2.version, expectedVersion: v3.version }, null),
    ).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await db.revision.count({ where: { translationId: t.id } })).toBe(before);
    expect((await db.translation.findUniqueOrThrow({ where: { id: t.id } })).text).toBe(TITLE[1]);
  });
});
