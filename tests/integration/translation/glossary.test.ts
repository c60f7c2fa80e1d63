// The glossary: kept in sync as one multilingual DeepL glossary, applied to requests, used by the quality checks.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { glossaryKey } from "@/lib/translation/glossary";
import { createActor, createArticle } from "@/tests/factories";
import {
  deleteGlossaryTermAction,
  saveGlossaryTermAction,
  startMachineTranslationAction,
} from "@/lib/translation/server/actions";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();
const ARTICLE = ["Tin nhanh", "Hôm nay trời đẹp.", "Tỉnh ủy họp về kế hoạch đầu tư."].join("\n");

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
