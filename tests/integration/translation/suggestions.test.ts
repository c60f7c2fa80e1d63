// The suggestions panel's one round trip: memory matches with text in the cell's language (and when
// the unit was written), the cell's machine text, and the glossary terms found in the source.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { importMemoryAction, loadSuggestionsAction, saveGlossaryTermAction } from "@/lib/translation/server/actions";

const ARTICLE = ["Tin nhanh", "Tỉnh ủy họp về kế hoạch đầu tư."].join("\n");
const TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body>
  <tu><tuv xml:lang="vi"><seg>Tỉnh ủy họp về kế hoạch mới.</seg></tuv><tuv xml:lang="de"><seg>Das Komitee tagt.</seg></tuv></tu>
  <tu><tuv xml:lang="vi"><seg>Tỉnh ủy họp về kế hoạch đầu tư.</seg></tuv><tuv xml:lang="de"><seg>Das Komitee berät Investitionen.</seg></tuv><tuv xml:lang="en"><seg>The committee discusses investment.</seg></tuv></tu>
  <tu><tuv xml:lang="vi"><seg>Một câu hoàn toàn khác.</seg></tuv><tuv xml:lang="de"><seg>Ganz anders.</seg></tuv></tu>
</body></tmx>`;

describe("loadSuggestions", () => {
  it("brings memory matches in the cell's language best first, the machine text and the source's terms", async () => {
    const admin = await createActor("admin");
    const translator = await createActor("translator");
    expect((await importMemoryAction({ xml: TMX }, admin)).ok).toBe(true);
    const term = { vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "", note: "Partei", caseSensitive: false };
    expect((await saveGlossaryTermAction(term, admin)).ok).toBe(true);
    const { articleId } = await createArticle(translator, ARTICLE);
    const seg = await db.segment.findFirstOrThrow({ where: { articleId, position: 1 } });
    expect(seg.sourceText).toBe("Tỉnh ủy họp về kế hoạch đầu tư.");
    const de = await db.translation.findUniqueOrThrow({ where: { segmentId_lang: { segmentId: seg.id, lang: "de" } } });
    await db.translation.update({ where: { id: de.id }, data: { machineText: "Maschinentext." } });

    const got = await loadSuggestionsAction({ segmentId: seg.id, lang: "de" }, translator);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.data.source).toBe(seg.sourceText);
    expect(got.data.memory.map((m) => [m.text, m.score === 1])).toEqual([
      ["Das Komitee berät Investitionen.", true],
      ["Das Komitee tagt.", false],
    ]);
    for (const m of got.data.memory) expect(Date.parse(m.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(got.data.machine).toBe("Maschinentext.");
    expect(got.data.terms).toEqual([{ vi: "Tỉnh ủy", target: "Provinzparteikomitee", note: "Partei" }]);

    // English: only the unit with English text; no machine text; the term has no English target.
    const en = await loadSuggestionsAction({ segmentId: seg.id, lang: "en" }, translator);
    expect(en).toMatchObject({
      ok: true,
      data: { memory: [{ text: "The committee discusses investment.", score: 1 }], machine: null, terms: [] },
    });
  });

  it("refuses an unknown segment or language with a code", async () => {
    const translator = await createActor("translator");
    expect(await loadSuggestionsAction({ segmentId: "nope", lang: "de" }, translator)).toMatchObject({
      ok: false,
      code: "SEGMENT_NOT_FOUND",
    });
    const bad = await loadSuggestionsAction({ segmentId: "x", lang: "fr" as "de" }, translator);
    expect(bad.ok).toBe(false);
  });
});
