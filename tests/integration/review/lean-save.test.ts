import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { prepareStep } from "@/lib/review/server/prepare-step";
import { writeStep } from "@/lib/review/server/write-step";
import { saveGlossaryTerm } from "@/lib/translation/server/save-glossary-term";
import { deleteGlossaryTerm } from "@/lib/translation/server/delete-glossary-term";
import { bumpChecksVersion, loadCheckOptions } from "@/lib/quality/server/check-options";
import { checkSegmentRows } from "@/lib/quality/server/segment-issues";
import { createActor, createArticle } from "../../factories";

// SAMPLE_ARTICLE's lead: "Sáng nay (24/3), UBND TP. Hà Nội khởi công tuyến đường sắt đô thị số 5 …"
const LEAD_DE = "Heute Morgen (24.3.) hat Hanoi mit dem Bau der Stadtbahnlinie 5 für 65.400 Milliarden Dong begonnen.";
const LEAD_EN = "This morning (March 24), Hanoi broke ground on urban railway line 5 worth 65,400 billion dong.";

async function lead(articleId: string, lang: "de" | "en") {
  return db.translation.findFirstOrThrow({ where: { articleId, lang, segment: { kind: "lead" } } });
}
const codes = (issues: string | undefined) => (JSON.parse(issues ?? "[]") as { code: string }[]).map((i) => i.code);

describe("lean save: cached check options", () => {
  it("sees a glossary term on the next save after it is added, and no longer after it is deleted", async () => {
    const admin = await createActor("admin");
    const { articleId } = await createArticle(admin);
    const de = await lead(articleId, "de");
    const input = { translationId: de.id, confirm: false };
    // Warms the cache without the term.
    const first = await saveTranslation({ ...input, expectedVersion: de.version, text: LEAD_DE }, admin);
    expect(codes(first.issues.de?.issues)).not.toContain("glossary.missing");
    const term = await saveGlossaryTerm(
      { vi: "khởi công", de: "Spatenstich", en: "groundbreaking", note: "", caseSensitive: false },
      admin,
    );
    const second = await saveTranslation({ ...input, expectedVersion: first.version, text: `${LEAD_DE} ` }, admin);
    expect(codes(second.issues.de?.issues)).toContain("glossary.missing");
    await deleteGlossaryTerm({ id: term.id }, admin);
    const third = await saveTranslation({ ...input, expectedVersion: second.version, text: LEAD_DE }, admin);
    expect(codes(third.issues.de?.issues)).not.toContain("glossary.missing");
  });

  it("sees a term another app instance added (its own client on the same database)", async () => {
    const admin = await createActor("admin");
    const { articleId } = await createArticle(admin);
    const de = await lead(articleId, "de");
    const first = await saveTranslation(
      { translationId: de.id, confirm: false, expectedVersion: de.version, text: LEAD_DE },
      admin,
    );
    expect(codes(first.issues.de?.issues)).not.toContain("glossary.missing");
    const other = createPrismaClient(process.env.DATABASE_URL);
    try {
      await other.$transaction(async (tx) => {
        await tx.glossaryTerm.create({ data: { vi: "đô thị", de: "urbane Zone", en: "", note: "" } });
        await bumpChecksVersion(tx);
      });
    } finally {
      await other.$disconnect();
    }
    const second = await saveTranslation(
      { translationId: de.id, confirm: false, expectedVersion: first.version, text: `${LEAD_DE} ` },
      admin,
    );
    expect(codes(second.issues.de?.issues)).toContain("glossary.missing");
  });
});

describe("lean save: checks before the transaction", () => {
  it("is a conflict when the version moved while the checks ran, and writes nothing", async () => {
    const [lan, mai] = [await createActor("translator"), await createActor("translator")];
    const { articleId } = await createArticle(lan);
    const de = await lead(articleId, "de");
    const o = {
      translationId: de.id,
      expectedVersion: de.version,
      actor: lan,
      step: { kind: "save" as const, text: LEAD_DE },
      action: "save" as const,
    };
    const ready = await prepareStep(db, o);
    if (!("prepared" in ready)) throw new Error("expected a change");
    // Someone else saves between Lan's checks and Lan's write.
    await saveTranslation({ translationId: de.id, expectedVersion: de.version, text: "Mai", confirm: false }, mai);
    const error = await db.$transaction((tx) => writeStep(tx, ready.prepared, o, true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "TRANSLATION_CONFLICT", details: { text: "Mai", version: de.version + 1 } });
    const row = await db.translation.findUniqueOrThrow({ where: { id: de.id } });
    expect(row).toMatchObject({ text: "Mai", version: de.version + 1 });
    expect(await db.revision.count({ where: { translationId: de.id, authorId: lan.id } })).toBe(0);
  });

  it("stores issues of the final pair when both languages of a segment are saved at once", async () => {
    const [lan, mai] = [await createActor("translator"), await createActor("translator")];
    const { articleId } = await createArticle(lan);
    const [de, en] = [await lead(articleId, "de"), await lead(articleId, "en")];
    const [a, b] = await Promise.all([
      saveTranslation({ translationId: de.id, expectedVersion: de.version, text: LEAD_DE, confirm: true }, lan),
      saveTranslation({ translationId: en.id, expectedVersion: en.version, text: LEAD_EN, confirm: true }, mai),
    ]);
    expect([a.version, b.version]).toEqual([de.version + 1, en.version + 1]);
    const segment = await db.segment.findUniqueOrThrow({
      where: { id: de.segmentId },
      select: { sourceText: true, kind: true, translations: true },
    });
    const fresh = checkSegmentRows(segment, await loadCheckOptions(db));
    for (const t of segment.translations) {
      const lang = t.lang as "de" | "en";
      expect(JSON.parse(t.issues)).toEqual(fresh.byLang[lang].issues);
      expect(t.errorCount).toBe(fresh.byLang[lang].errorCount);
    }
  });
});
