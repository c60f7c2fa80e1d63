// Repetitions: confirming a segment fills its repeats in the article that nobody wrote yet, in the
// confirm's transaction, one revision each, written by the confirming user; a person's text is never touched.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { isAppError } from "@/lib/errors";

const REPEATED = "Giá xăng tăng mạnh.";
const CONTENT = ["Thị trường hôm nay", REPEATED, `Người dân lo lắng. ${REPEATED}`, ` ${REPEATED} `].join("\n");

async function article() {
  const translator = await createActor("translator");
  const { articleId } = await importArticle({ format: "text", content: CONTENT }, translator);
  const all = await db.translation.findMany({
    where: { articleId, lang: "de" },
    include: { segment: { select: { sourceText: true, position: true } } },
    orderBy: { segment: { position: "asc" } },
  });
  const repeats = all.filter((r) => r.segment.sourceText.trim() === REPEATED);
  expect(repeats).toHaveLength(3);
  return { translator, articleId, repeats };
}

const reload = (id: string) => db.translation.findUniqueOrThrow({ where: { id } });

describe("repeats on confirm", () => {
  it("fills every untranslated repeat: translated, a revision each, the confirming user the author", async () => {
    const { translator, articleId, repeats } = await article();
    const [first, ...others] = repeats;
    const result = await saveTranslation(
      { translationId: first!.id, expectedVersion: first!.version, text: "Benzin wird viel teurer.", confirm: true },
      translator,
    );
    expect(result.repeats?.count).toBe(2);
    const confirmed = await reload(first!.id);
    for (const r of others) {
      const row = await reload(r.id);
      expect(row).toMatchObject({
        text: "Benzin wird viel teurer.",
        state: "translated",
        origin: "human",
        textAuthorId: translator.id,
        updatedById: translator.id,
        version: r.version + 1,
      });
      // The same effort as the confirmed row (same text, no machine baseline), stored with the text.
      expect(row.effortWords).toBeGreaterThan(0);
      expect(row).toMatchObject({
        effortWords: confirmed.effortWords,
        effortEdits: null,
        effortDay: confirmed.effortDay,
      });
      const revisions = await db.revision.findMany({ where: { translationId: r.id } });
      expect(revisions).toMatchObject([
        { version: r.version + 1, action: "repeat", state: "translated", authorId: translator.id, wroteText: true },
      ]);
    }
    // The English rows of the repeats stay as they were; one audit row names the count.
    const en = await db.translation.findMany({ where: { articleId, lang: "en" } });
    expect(en.every((r) => r.state === "untranslated")).toBe(true);
    const events = await db.auditEvent.findMany({ where: { articleId, action: "translation.repeat" } });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([{ lang: "de", from: first!.id, filled: 2 }]);
    // The patches the editor merges: both repeats with their new text and version.
    const written = result.repeats!.changes.filter((c) => c.patch.text !== undefined);
    expect(written.map((c) => c.patch.id).sort()).toEqual(others.map((r) => r.id).sort());
  });

  it("never overwrites a repeat a person edited, and takes machine text", async () => {
    const { translator, repeats } = await article();
    const [first, edited, machine] = repeats;
    await saveTranslation(
      { translationId: edited!.id, expectedVersion: edited!.version, text: "Mein Entwurf.", confirm: false },
      translator,
    );
    await db.translation.update({
      where: { id: machine!.id },
      data: { text: "Benzin steigt.", machineText: "Benzin steigt.", state: "machine", origin: "machine", version: 2 },
    });
    const keep = await reload(edited!.id);
    const result = await saveTranslation(
      { translationId: first!.id, expectedVersion: first!.version, text: "Benzin wird teurer.", confirm: true },
      translator,
    );
    expect(result.repeats?.count).toBe(1);
    expect(await reload(edited!.id)).toMatchObject({ text: "Mein Entwurf.", state: "draft", version: keep.version });
    const filled = await reload(machine!.id);
    expect(filled).toMatchObject({ text: "Benzin wird teurer.", state: "translated", version: 3 });
    expect(filled.effortEdits).toBeGreaterThan(0); // measured against the machine text it replaced
  });

  it("is one transaction with the confirm: a confirm that fails fills no repeat", async () => {
    const { translator, repeats } = await article();
    const [first, ...others] = repeats;
    const stale = saveTranslation(
      { translationId: first!.id, expectedVersion: first!.version + 5, text: "Zu spät.", confirm: true },
      translator,
    );
    await expect(stale).rejects.toSatisfy((e) => isAppError(e) && e.code === "TRANSLATION_CONFLICT");
    for (const r of others) expect(await reload(r.id)).toMatchObject({ state: "untranslated", version: r.version });
    const ids = others.map((r) => r.id);
    expect(await db.revision.count({ where: { action: "repeat", translationId: { in: ids } } })).toBe(0);
  });

  it("a plain save does not propagate; a repeat filled this way needs another person's approval", async () => {
    const { translator, repeats } = await article();
    const [first, second] = repeats;
    const saved = await saveTranslation(
      { translationId: first!.id, expectedVersion: first!.version, text: "Nur gespeichert.", confirm: false },
      translator,
    );
    expect(saved.repeats).toBeUndefined();
    expect((await reload(second!.id)).state).toBe("untranslated");
    await saveTranslation(
      { translationId: first!.id, expectedVersion: saved.version, text: "Bestätigt.", confirm: true },
      translator,
    );
    const repeat = await reload(second!.id);
    const reviewer = await createActor("reviewer");
    const approved = await approveTranslation({ translationId: repeat.id, expectedVersion: repeat.version }, reviewer);
    expect(approved.state).toBe("approved");
  });
});
