import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/server/import-article";
import { findArticles } from "@/lib/articles/server/find-articles";
import { loadEditor } from "@/lib/articles/server/load-editor";
import { progressFromCounts } from "@/lib/review/workflow";
import { TARGET_LANGS, type TranslationState } from "@/lib/vocabulary";
import { createActor, createArticle } from "../../factories";

const BUNDLE = {
  title: {
    vi: "Bão số 3 đổ bộ Quảng Ninh",
    de: "Taifun Nummer 3 erreicht Quảng Ninh",
    en: "Typhoon No. 3 hits Quảng Ninh",
  },
  paragraphs: [
    { vi: "Gió giật mạnh.", de: "Starke Böen.", en: "Strong gusts." },
    { vi: "Nhiều cây đổ.", de: "Viele Bäume fielen um." },
  ],
};

/** What the editor's toolbar shows: its counts from the segments it loaded. */
async function editorProgress(articleId: string) {
  const editor = await loadEditor(articleId);
  return Object.fromEntries(
    TARGET_LANGS.map((lang) => {
      const byState: Partial<Record<TranslationState, number>> = {};
      for (const s of editor.segments) {
        const state = s.translations[lang]?.state;
        if (state) byState[state] = (byState[state] ?? 0) + 1;
      }
      return [lang, progressFromCounts(byState)];
    }),
  );
}

describe("article list counts", () => {
  it("counts imported human translations as translated and awaiting review, as the editor does", async () => {
    const translator = await createActor("translator");
    const { articleId } = await importArticle({ format: "json", content: JSON.stringify(BUNDLE) }, translator);
    const item = (await findArticles({ query: "Quảng Ninh" })).items.find((i) => i.id === articleId)!;
    expect(item.progress.de).toMatchObject({ total: 3, translated: 3, needsReview: 3, approved: 0 });
    expect(item.progress.en).toMatchObject({ total: 3, translated: 2, needsReview: 2, untranslated: 1 });
    expect(item.progress).toEqual(await editorProgress(articleId));
  });

  it("filters by language state and agrees with the counts it shows", async () => {
    const translator = await createActor("translator");
    const imported = (await importArticle({ format: "json", content: JSON.stringify(BUNDLE) }, translator)).articleId;
    const blank = (await createArticle(translator)).articleId;
    const ids = async (state: "needsReview" | "untranslated" | "inTranslation", lang?: "de" | "en") =>
      (await findArticles({ state, lang })).items.map((i) => i.id);
    expect(await ids("needsReview")).toContain(imported);
    expect(await ids("needsReview")).not.toContain(blank);
    expect(await ids("untranslated", "de")).toContain(blank);
    expect(await ids("untranslated", "de")).not.toContain(imported);
    expect(await ids("inTranslation", "en")).toContain(imported); // one English segment still open
    expect(await ids("inTranslation", "de")).not.toContain(imported);
    for (const item of (await findArticles({ state: "needsReview" })).items)
      expect(item.progress.de.needsReview + item.progress.en.needsReview).toBeGreaterThan(0);
  });
});
