// The four-eyes rule reads authorship from the revisions since the last approval: a full stop added by a
// translator does not hand a reviewer's own text back to that reviewer for approval.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { importArticle } from "@/lib/articles/server/import-article";
import { writeMtBatch } from "@/lib/translation/server/write-mt-batch";
import { createActor, createArticle } from "../../factories";
import { untranslatedRows } from "./four-eyes-fixtures";

describe("four-eyes: authorship since the last approval", () => {
  it("a reviewer who wrote the text cannot approve it after a translator added one full stop", async () => {
    const [importer, lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("reviewer"),
    ];
    const { articleId } = await createArticle(importer);
    const [t] = await untranslatedRows(articleId);
    const written = await saveTranslation(
      { translationId: t!.id, expectedVersion: t!.version, text: "Hanoi baut eine neue U-Bahn", confirm: false },
      jonas,
    );
    const dotted = await saveTranslation(
      { translationId: t!.id, expectedVersion: written.version, text: "Hanoi baut eine neue U-Bahn.", confirm: true },
      lan,
    );
    await expect(
      approveTranslation({ translationId: t!.id, expectedVersion: dotted.version }, jonas),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES", params: { how: "edit", version: written.version } });
    expect(await db.translation.findUniqueOrThrow({ where: { id: t!.id } })).toMatchObject({
      state: "translated",
      version: dotted.version,
    });
    expect(await db.revision.count({ where: { translationId: t!.id, action: "approve" } })).toBe(0);
    // The translator who added the full stop is an author too; a third person approves.
    await expect(
      approveTranslation({ translationId: t!.id, expectedVersion: dotted.version }, { ...lan, role: "reviewer" }),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES" });
    expect((await approveTranslation({ translationId: t!.id, expectedVersion: dotted.version }, minh)).state).toBe(
      "approved",
    );
  });

  it("an earlier author may approve once someone else approved the text and a translator changed it since", async () => {
    const [importer, lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("reviewer"),
    ];
    const { articleId } = await createArticle(importer);
    const [t] = await untranslatedRows(articleId);
    const byJonas = await saveTranslation(
      { translationId: t!.id, expectedVersion: t!.version, text: "Erste Fassung", confirm: true },
      jonas,
    );
    const approved = await approveTranslation({ translationId: t!.id, expectedVersion: byJonas.version }, minh);
    const changed = await saveTranslation(
      { translationId: t!.id, expectedVersion: approved.version, text: "Zweite Fassung", confirm: true },
      lan,
    );
    expect((await approveTranslation({ translationId: t!.id, expectedVersion: changed.version }, jonas)).state).toBe(
      "approved",
    );
  });

  it("the importer of an imported text cannot approve it; an approval carrying one's own edit is refused and says so", async () => {
    const [lan, jonas] = [await createActor("reviewer"), await createActor("reviewer")];
    const bundle = { title: { vi: "Tiêu đề", de: "Überschrift" }, paragraphs: [{ vi: "Một câu.", de: "Ein Satz." }] };
    const { articleId } = await importArticle({ format: "json", content: JSON.stringify(bundle) }, jonas);
    const imported = await db.translation.findFirstOrThrow({ where: { articleId, lang: "de", state: "translated" } });
    await expect(
      approveTranslation({ translationId: imported.id, expectedVersion: imported.version }, jonas),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES", params: { how: "import" } });
    await expect(
      approveTranslation({ translationId: imported.id, expectedVersion: imported.version, text: "Geändert" }, lan),
    ).rejects.toMatchObject({ code: "REVIEW_FOUR_EYES", params: { how: "now" } });
    expect(
      (await approveTranslation({ translationId: imported.id, expectedVersion: imported.version }, lan)).state,
    ).toBe("approved");
  });

  it("machine text is nobody's writing: whoever started MT and confirmed it unchanged may approve it", async () => {
    const jonas = await createActor("reviewer");
    const { articleId } = await createArticle(await createActor("translator"));
    const [t] = await untranslatedRows(articleId);
    const job = await db.mtJob.create({ data: { articleId, state: "running", startedById: jonas.id } });
    await writeMtBatch({
      jobId: job.id,
      articleId,
      lang: "de",
      actorId: jonas.id,
      origin: "machine",
      engine: "deepl",
      settings: {},
      writes: [{ translationId: t!.id, segmentId: t!.segmentId, text: "[DE] Maschine", billedCharacters: 5 }],
      billedCharacters: 5,
      requests: 1,
    });
    const filled = await db.translation.findUniqueOrThrow({ where: { id: t!.id } });
    const confirmed = await saveTranslation(
      { translationId: t!.id, expectedVersion: filled.version, text: filled.text, confirm: true },
      jonas,
    );
    expect((await approveTranslation({ translationId: t!.id, expectedVersion: confirmed.version }, jonas)).state).toBe(
      "approved",
    );
  });
});
