// Translation memory (fed by approvals and TMX, exact hits sent nowhere, fuzzy matches) and the glossary
// (kept in sync as one multilingual DeepL glossary, applied to requests, used by the quality checks).
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { glossaryKey } from "@/lib/translation/glossary";
import { createActor, createArticle } from "@/tests/factories";
import {
  deleteGlossaryTermAction,
  exportMemoryAction,
  findMemoryMatchesAction,
  importMemoryAction,
  saveGlossaryTermAction,
  startMachineTranslationAction,
} from "@/lib/translation/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();
const ARTICLE = ["Tin nhanh", "Hôm nay trời đẹp.", "Tỉnh ủy họp về kế hoạch đầu tư."].join("\n");

describe("translation memory", () => {
  it("is fed by approvals; an exact match (NFC, whitespace) fills the segment without calling DeepL", async () => {
    const [translator, reviewer] = [await createActor("translator"), await createActor("reviewer")];
    const first = await createArticle(translator, ARTICLE);
    const row = first.translations.find((t) => t.lang === "de" && t.segmentId)!;
    const seg = await db.segment.findUniqueOrThrow({ where: { id: row.segmentId } });
    const saved = await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Eilmeldung", confirm: true },
      translator,
    );
    await approveTranslation({ translationId: row.id, expectedVersion: saved.version }, reviewer);
    expect(await db.tmEntry.findMany()).toMatchObject([
      { vi: seg.sourceText, de: "Eilmeldung", en: null, deTranslationId: row.id },
    ]);

    // Same title typed with decomposed diacritics and extra spaces.
    const second = await createArticle(translator, ["  Tin   nhanh ".normalize("NFD"), "Hôm nay trời đẹp."].join("\n"));
    await startMachineTranslationAction({ articleId: second.articleId }, translator);
    await drainJobs();
    const title = await db.translation.findFirstOrThrow({
      where: { articleId: second.articleId, lang: "de", segment: { position: 0 } },
    });
    expect(title).toMatchObject({
      text: "Eilmeldung",
      state: "machine",
      origin: "tm",
      billedCharacters: 0,
      machineEngine: "tm",
    });
    expect(await db.revision.count({ where: { translationId: title.id, action: "tm" } })).toBe(1);
    const sent = translateRequests(server()).flatMap((r) => r.texts!);
    const sentDe = translateRequests(server())
      .filter((r) => r.target_lang === "DE")
      .flatMap((r) => r.texts!);
    expect(sentDe).not.toContain("Tin nhanh"); // the memory has German only: English is still translated
    expect(sent).toContain("Tin nhanh");
    expect(sent.filter((t) => t === "Hôm nay trời đẹp.")).toHaveLength(2); // de + en
  });

  it("imports and exports TMX; fuzzy matches ≥ 75 % come with their score", async () => {
    const admin = await createActor("admin");
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body>
      <tu><tuv xml:lang="vi"><seg>Tỉnh ủy họp về kế hoạch mới.</seg></tuv><tuv xml:lang="de"><seg>Das Provinzparteikomitee tagt.</seg></tuv><tuv xml:lang="en-GB"><seg>The committee meets.</seg></tuv></tu>
      <tu><tuv xml:lang="vi"><seg>Một câu hoàn toàn khác.</seg></tuv><tuv xml:lang="de"><seg>Ganz anders.</seg></tuv></tu>
    </body></tmx>`;
    expect(await importMemoryAction({ xml: tmx }, await createActor("translator"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await importMemoryAction({ xml: tmx }, admin)).toEqual({
      ok: true,
      data: {
        created: 2,
        updated: 0,
        skipped: 0,
        skippedBy: { noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 0 },
      },
    });
    expect(await importMemoryAction({ xml: '<!DOCTYPE x [<!ENTITY a "b">]><tmx/>' }, admin)).toMatchObject({
      ok: false,
      code: "TMX_DTD_FORBIDDEN",
    });

    const exported = await exportMemoryAction({}, admin);
    expect(exported.ok && exported.data.xml).toContain('<tuv xml:lang="en-GB"><seg>The committee meets.</seg></tuv>');

    const { articleId } = await createArticle(admin, ["Tin", "Tỉnh ủy họp về kế hoạch mới năm nay."].join("\n"));
    const seg = await db.segment.findFirstOrThrow({ where: { articleId, position: 1 } });
    const found = await findMemoryMatchesAction({ segmentId: seg.id }, admin);
    expect(found.ok && found.data.matches).toEqual([
      expect.objectContaining({
        vi: "Tỉnh ủy họp về kế hoạch mới.",
        de: "Das Provinzparteikomitee tagt.",
        score: expect.closeTo(28 / 36, 2),
      }),
    ]);
  });
});

describe("glossary", () => {
  it("syncs one multilingual glossary (vi→de, vi→en), applies it to requests and re-syncs only on change", async () => {
    const admin = await createActor("admin");
    const saved = await saveGlossaryTermAction(
      { vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee", note: "", caseSensitive: false },
      admin,
    );
    expect(saved.ok).toBe(true);
    expect(
      await saveGlossaryTermAction({ vi: " Tỉnh  ủy ", de: "x", en: "", note: "", caseSensitive: false }, admin),
    ).toMatchObject({ ok: false, code: "GLOSSARY_TERM_EXISTS" });
    const { articleId } = await createArticle(admin, ARTICLE);
    await startMachineTranslationAction({ articleId }, admin);
    await drainJobs();
    const [glossary] = server().glossaries();
    expect(glossary!.dictionaries.map((d) => [d.source_lang, d.target_lang, [...d.entries]])).toEqual(
      [
        ["vi", "de", [["Tỉnh ủy", "Provinzparteikomitee"]]],
        ["vi", "en", [["Tỉnh ủy", "Provincial Party Committee"]]],
      ].map(([s, t, e]) => [
        expect.stringMatching(new RegExp(`^${s}$`, "i")),
        expect.stringMatching(new RegExp(`^${t}$`, "i")),
        e,
      ]),
    );
    const reqs = translateRequests(server());
    expect(reqs.every((r) => r.glossary_id === glossary!.glossary_id)).toBe(true);
    const de = await db.translation.findFirstOrThrow({ where: { articleId, lang: "de", segment: { position: 2 } } });
    expect(de.text).toContain("Provinzparteikomitee");
    expect(JSON.parse(de.machineSettings!)).toMatchObject({ glossaryId: glossary!.glossary_id });

    // Unchanged terms: no glossary request on the next run; a deleted term: the DeepL glossary follows.
    const before = server().stats().byPath;
    const { articleId: next } = await createArticle(admin, "Bài khác\nTỉnh ủy họp.");
    await startMachineTranslationAction({ articleId: next }, admin);
    await drainJobs();
    expect(
      Object.keys(server().stats().byPath).filter(
        (p) => p.startsWith("/v3") && server().stats().byPath[p] !== before[p],
      ),
    ).toEqual([]);
    await deleteGlossaryTermAction({ id: saved.ok ? saved.data.id : "" }, admin);
    const { articleId: third } = await createArticle(admin, "Bài ba\nCâu mới.");
    await startMachineTranslationAction({ articleId: third }, admin);
    await drainJobs();
    expect(server().glossaries()).toEqual([]);
    expect(translateRequests(server()).at(-1)!.glossary_id).toBeUndefined();
  });

  it("re-creates a glossary deleted at DeepL and retries the batch", async () => {
    const admin = await createActor("admin");
    await saveGlossaryTermAction({ vi: "kế hoạch", de: "Plan", en: "plan", note: "", caseSensitive: false }, admin);
    const a = await createArticle(admin, "Một\nKế hoạch một.");
    await startMachineTranslationAction({ articleId: a.articleId }, admin);
    await drainJobs();
    server().reset(); // DeepL forgot every glossary
    const b = await createArticle(admin, "Hai\nKế hoạch hai.");
    await startMachineTranslationAction({ articleId: b.articleId }, admin);
    await drainJobs();
    expect(await db.mtJob.findFirstOrThrow({ where: { articleId: b.articleId } })).toMatchObject({ state: "done" });
    expect(server().glossaries()).toHaveLength(1);
  });

  it("feeds the quality checks: a machine text without the term gets glossary.missing", async () => {
    const admin = await createActor("admin");
    await db.glossaryTerm.deleteMany();
    await saveGlossaryTermAction(
      { vi: "trời đẹp", de: "schönes Wetter", en: "", note: "", caseSensitive: false },
      admin,
    );
    // Pretend DeepL already holds this glossary but does not apply it: the check must catch the miss.
    const hash = createHash("sha256")
      .update(glossaryKey(await db.glossaryTerm.findMany()))
      .digest("hex");
    await db.setting.upsert({
      where: { key: "mt.glossary" },
      create: { key: "mt.glossary", value: JSON.stringify({ id: null, hash }) },
      update: { value: JSON.stringify({ id: null, hash }) },
    });
    const { articleId } = await createArticle(admin, "Thời tiết\nHôm qua trời đẹp lắm.");
    await startMachineTranslationAction({ articleId }, admin);
    await drainJobs();
    const [de, en] = await db.translation.findMany({
      where: { articleId, segment: { position: 1 } },
      orderBy: { lang: "asc" },
    });
    expect(de).toMatchObject({ state: "machine" });
    expect(JSON.parse(de!.issues)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "glossary.missing", params: { term: "trời đẹp", expected: "schönes Wetter" } }),
      ]),
    );
    expect(JSON.parse(en!.issues).map((i: { code: string }) => i.code)).not.toContain("glossary.missing");
  });
});
