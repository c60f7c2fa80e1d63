// Saving, confirming, approving and rejecting a translation: conflicts, revisions, audit rows and refusals.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { rejectTranslation } from "@/lib/review/server/reject-translation";
import { AppError } from "@/lib/errors";
import { createActor, createArticle } from "../../factories";
import { first } from "./first-translation";

describe("saving and reviewing a translation", () => {
  it("a second writer with a stale version gets a conflict carrying the first writer's text; nothing is overwritten", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan"), await createActor("reviewer", "Jonas")];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: "Erste Fassung", confirm: false },
      lan,
    );
    const stale = saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: "Zweite Fassung", confirm: false },
      jonas,
    );
    await expect(stale).rejects.toMatchObject({
      code: "TRANSLATION_CONFLICT",
      params: { name: "Lan" },
      details: { text: "Erste Fassung", version: 2, updatedBy: "Lan" },
    });
    const row = await db.translation.findUniqueOrThrow({ where: { id: t.id } });
    expect([row.text, row.version]).toEqual(["Erste Fassung", 2]);
    expect(await db.revision.count({ where: { translationId: t.id } })).toBe(1);
    // Choosing to keep one's own text after seeing the conflict is an explicit save on the new version.
    await saveTranslation({ translationId: t.id, expectedVersion: 2, text: "Zweite Fassung", confirm: false }, jonas);
    expect((await db.translation.findUniqueOrThrow({ where: { id: t.id } })).text).toBe("Zweite Fassung");
  });

  it("records every step as a revision with author, state and reason, and an audit row", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    const confirmed = await saveTranslation(
      { translationId: t.id, expectedVersion: 1, text: "Hanoi baut neue U-Bahn", confirm: true, editSeconds: 42 },
      lan,
    );
    expect(confirmed.state).toBe("translated");
    const rejected = await rejectTranslation(
      { translationId: t.id, expectedVersion: confirmed.version, reason: "Titel zu lang" },
      jonas,
    );
    expect(rejected.state).toBe("rejected");
    const fixed = await saveTranslation(
      { translationId: t.id, expectedVersion: rejected.version, text: "Hanoi: neue U-Bahn", confirm: true },
      lan,
    );
    const approved = await approveTranslation({ translationId: t.id, expectedVersion: fixed.version }, jonas);
    expect(approved.state).toBe("approved");
    const revisions = await db.revision.findMany({ where: { translationId: t.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.action, r.state, r.authorId, r.reason])).toEqual([
      ["confirm", "translated", lan.id, null],
      ["reject", "rejected", jonas.id, "Titel zu lang"],
      ["confirm", "translated", lan.id, null],
      ["approve", "approved", jonas.id, null],
    ]);
    expect(revisions[0]?.editSeconds).toBe(42);
    expect(await db.auditEvent.count({ where: { entityId: t.id } })).toBe(4);
    const row = await db.translation.findUniqueOrThrow({ where: { id: t.id } });
    expect([row.approvedText, row.rejectReason]).toEqual(["Hanoi: neue U-Bahn", null]);
  });

  it("editing an approved translation returns it to draft and keeps the approved text for the diff", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    const c = await saveTranslation({ translationId: t.id, expectedVersion: 1, text: "Text A", confirm: true }, lan);
    const a = await approveTranslation({ translationId: t.id, expectedVersion: c.version }, jonas);
    const edited = await saveTranslation(
      { translationId: t.id, expectedVersion: a.version, text: "Text B", confirm: false },
      lan,
    );
    expect(edited.state).toBe("draft");
    expect((await db.translation.findUniqueOrThrow({ where: { id: t.id } })).approvedText).toBe("Text A");
  });

  it("a rejection without a reason is refused and changes nothing", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    const c = await saveTranslation({ translationId: t.id, expectedVersion: 1, text: "Text", confirm: true }, lan);
    await expect(
      rejectTranslation({ translationId: t.id, expectedVersion: c.version, reason: "  " }, jonas),
    ).rejects.toEqual(new AppError("REVIEW_REASON_REQUIRED"));
    const row = await db.translation.findUniqueOrThrow({ where: { id: t.id } });
    expect([row.state, row.version]).toEqual(["translated", c.version]);
    expect(await db.revision.count({ where: { translationId: t.id } })).toBe(1);
  });

  it("an empty translation cannot be confirmed or approved", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const t = await first(articleId);
    await expect(
      saveTranslation({ translationId: t.id, expectedVersion: 1, text: " ", confirm: true }, lan),
    ).rejects.toMatchObject({ code: "TRANSLATION_EMPTY" });
    await expect(approveTranslation({ translationId: t.id, expectedVersion: 1 }, jonas)).rejects.toMatchObject({
      code: "TRANSLATION_EMPTY",
    });
  });
});
