import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { importArticle } from "@/lib/articles/server/import-article";
import { createActor, createArticle } from "../../factories";

// SAMPLE_ARTICLE's lead: "… với tổng vốn 65.400 tỷ đồng." (65.4 trillion dong)
async function lead(articleId: string, lang: "de" | "en") {
  return db.translation.findFirstOrThrow({ where: { articleId, lang, segment: { kind: "lead" } } });
}

describe("quality checks in the workflow", () => {
  it("are computed on every save and stored with the translation, for both languages", async () => {
    const lan = await createActor("translator");
    const { articleId } = await createArticle(lan);
    const en = await lead(articleId, "en");
    const saved = await saveTranslation(
      {
        translationId: en.id,
        expectedVersion: en.version,
        confirm: true,
        text: "This morning (March 24), Hanoi broke ground on urban railway line 5 with a total investment of 6,540 billion dong.",
      },
      lan,
    );
    expect(saved.issues.en?.errorCount).toBeGreaterThan(0);
    const row = await db.translation.findUniqueOrThrow({ where: { id: en.id } });
    expect(row.errorCount).toBeGreaterThan(0);
    expect(JSON.parse(row.issues).map((i: { code: string }) => i.code)).toContain("number.mismatch");
    // Corrected: no error left.
    const fixed = await saveTranslation(
      {
        translationId: en.id,
        expectedVersion: saved.version,
        confirm: true,
        text: "This morning (March 24), Hanoi broke ground on urban railway line 5 with a total investment of 65,400 billion dong.",
      },
      lan,
    );
    expect(fixed.issues.en?.errorCount).toBe(0);
  });

  it("an open error blocks approval; an override needs a reason and is recorded on the revision", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const de = await lead(articleId, "de");
    const saved = await saveTranslation(
      {
        translationId: de.id,
        expectedVersion: de.version,
        confirm: true,
        text: "Heute Morgen (24. März) begann Hanoi mit dem Bau der Stadtbahnlinie 5 mit einer Gesamtinvestition von 65,4 Millionen Dong.",
      },
      lan,
    );
    await expect(
      approveTranslation({ translationId: de.id, expectedVersion: saved.version }, jonas),
    ).rejects.toMatchObject({ code: "REVIEW_BLOCKING_ISSUES" });
    await expect(
      approveTranslation({ translationId: de.id, expectedVersion: saved.version, overrideReason: "  " }, jonas),
    ).rejects.toMatchObject({ code: "REVIEW_BLOCKING_ISSUES" });
    expect((await db.translation.findUniqueOrThrow({ where: { id: de.id } })).state).toBe("translated");
    const approved = await approveTranslation(
      { translationId: de.id, expectedVersion: saved.version, overrideReason: "Zahl vom Autor bestätigt" },
      jonas,
    );
    expect(approved.state).toBe("approved");
    const revision = await db.revision.findFirstOrThrow({
      where: { translationId: de.id },
      orderBy: { version: "desc" },
    });
    expect([revision.action, revision.reason]).toEqual(["override", "Zahl vom Autor bestätigt"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: de.id, action: "translation.override" } });
    expect(JSON.parse(audit.data).overridden.length).toBeGreaterThan(0);
  });

  it("imported translations are checked at import", async () => {
    const lan = await createActor("translator");
    const bundle = {
      title: { vi: "Giá vàng tăng 2%", en: "Gold price up 3%", de: "Goldpreis steigt um 2 %" },
      paragraphs: [],
    };
    const { articleId } = await importArticle({ format: "json", content: JSON.stringify(bundle) }, lan);
    const rows = await db.translation.findMany({ where: { articleId }, orderBy: { lang: "asc" } });
    expect(rows.map((r) => [r.lang, r.errorCount > 0])).toEqual([
      ["de", false],
      ["en", true],
    ]);
  });
});

describe("bulk approval", () => {
  it("approves the selected segments without open errors and skips the others with their reason", async () => {
    const { approveManyAction } = await import("@/lib/review/server/actions");
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const rows = await db.translation.findMany({
      where: { articleId, lang: "en" },
      orderBy: { segment: { position: "asc" } },
    });
    const texts = [
      "Hanoi breaks ground on a new metro line",
      "This morning (March 24), Hanoi broke ground on urban railway line 5 with a total investment of 6,540 billion dong.",
    ];
    const saved = [];
    for (const [i, text] of texts.entries()) {
      saved.push(
        await saveTranslation(
          { translationId: rows[i]!.id, expectedVersion: rows[i]!.version, text, confirm: true },
          lan,
        ),
      );
    }
    const result = await approveManyAction(
      { items: saved.map((s) => ({ translationId: s.id, expectedVersion: s.version })) },
      jonas,
    );
    expect(result.ok && result.data.approved.map((a) => a.id)).toEqual([saved[0]!.id]);
    expect(result.ok && result.data.skipped).toEqual([{ translationId: saved[1]!.id, code: "REVIEW_BLOCKING_ISSUES" }]);
    expect(
      await approveManyAction({ items: [{ translationId: saved[1]!.id, expectedVersion: saved[1]!.version }] }, lan),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
