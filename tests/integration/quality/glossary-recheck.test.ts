// A glossary change re-checks the stored translations whose source holds the term (issue 12): the
// issues and the error/warning counts of the lists stay true without anyone saving those texts again.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { RECHECK_BATCH } from "@/lib/quality/server/recheck-term-segments";
import { saveGlossaryTerm } from "@/lib/translation/server/save-glossary-term";
import { deleteGlossaryTerm } from "@/lib/translation/server/delete-glossary-term";
import { createActor, createArticle } from "../../factories";

// SAMPLE_ARTICLE's lead: "Sáng nay (24/3), UBND TP. Hà Nội khởi công tuyến đường sắt đô thị số 5 …"
const LEAD_DE = "Heute Morgen (24.3.) hat Hanoi mit dem Bau der Stadtbahnlinie 5 für 65.400 Milliarden Dong begonnen.";
const TERM = { vi: "khởi công", de: "Spatenstich", en: "", note: "", caseSensitive: false };

async function leadDe(articleId: string) {
  return db.translation.findFirstOrThrow({ where: { articleId, lang: "de", segment: { kind: "lead" } } });
}
const codes = (issues: string) => (JSON.parse(issues) as { code: string }[]).map((i) => i.code);

describe("glossary change re-checks the translations holding the term", () => {
  it("adds, changes and removes glossary.missing on stored rows, counts included, and leaves others alone", async () => {
    const admin = await createActor("admin");
    await db.glossaryTerm.deleteMany();
    const { articleId } = await createArticle(admin);
    const lead = await leadDe(articleId);
    await saveTranslation(
      { translationId: lead.id, confirm: false, expectedVersion: lead.version, text: LEAD_DE },
      admin,
    );
    const saved = await leadDe(articleId);
    expect(codes(saved.issues)).not.toContain("glossary.missing");
    const other = await db.translation.findFirstOrThrow({
      where: { articleId, lang: "de", segment: { kind: "body", sourceText: { not: { contains: "khởi công" } } } },
    });

    const term = await saveGlossaryTerm(TERM, admin);
    const added = await leadDe(articleId);
    expect(codes(added.issues)).toContain("glossary.missing");
    expect(added.warningCount).toBe(saved.warningCount + 1);
    expect(added.version).toBe(saved.version); // issues are derived data: no edit conflict for anyone
    expect(term.rechecked).toBeGreaterThan(0);
    expect(await db.translation.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      issues: other.issues,
      updatedAt: other.updatedAt,
    });

    // The German rendering changed to one the text uses: the issue goes.
    await saveGlossaryTerm({ ...TERM, id: term.id, de: "Bau" }, admin);
    expect(codes((await leadDe(articleId)).issues)).not.toContain("glossary.missing");

    // The Vietnamese spelling changed: rows holding the old spelling and rows holding the new are checked.
    await saveGlossaryTerm({ ...TERM, id: term.id, vi: "đường sắt", de: "Eisenbahn" }, admin);
    expect(codes((await leadDe(articleId)).issues)).toContain("glossary.missing");
    await deleteGlossaryTerm({ id: term.id }, admin);
    const removed = await leadDe(articleId);
    expect(codes(removed.issues)).not.toContain("glossary.missing");
    expect(removed.warningCount).toBe(saved.warningCount);
  });

  it("covers more segments than one batch (keyset pages), each segment once", async () => {
    const admin = await createActor("admin");
    await db.glossaryTerm.deleteMany();
    const lines = Array.from({ length: RECHECK_BATCH + 20 }, (_, i) => `Tỉnh khởi công dự án số ${i + 1}.`);
    const { articleId } = await createArticle(admin, ["Nhiều dự án", ...lines].join("\n"));
    const rows = await db.translation.findMany({
      where: { articleId, lang: "de", segment: { kind: { not: "title" } } },
    });
    // Stored translations without the term, written directly (as an import would): nobody saves them again.
    for (const row of rows)
      await db.translation.update({ where: { id: row.id }, data: { text: "Ein Projekt.", state: "draft" } });
    const { rechecked } = await saveGlossaryTerm(TERM, admin);
    const after = await db.translation.findMany({
      where: { articleId, lang: "de", segment: { kind: { not: "title" } } },
    });
    expect(after.length).toBeGreaterThan(RECHECK_BATCH);
    expect(after.every((t) => codes(t.issues).includes("glossary.missing"))).toBe(true);
    expect(rechecked).toBeGreaterThanOrEqual(after.length);
  });
});
