import { describe, it, expect } from "vitest";
import { parseJsonBundle } from "@/lib/articles/parse-import";
import { buildNtrexBundles } from "@/prisma/demo/ntrex";
import { readNtrexFiles } from "./ntrex-data";

describe("buildNtrexBundles", () => {
  const files = readNtrexFiles();
  const bundles = buildNtrexBundles(files);
  const articles = bundles.map(({ bundle }) => parseJsonBundle(JSON.stringify(bundle)));

  it("builds one bundle per article and every bundle imports", () => {
    expect(bundles).toHaveLength(62);
    expect(new Set(bundles.map((b) => b.id)).size).toBe(62);
    expect(bundles[0]?.id).toBe("bbc.381790");
    expect(articles[0]?.title).toBe("Các Đại biểu Quốc hội Wales (AM) lo lắng về việc ‘trông như những con rối’");
  });

  it("imports all 1,007 source sentences, each with German and English", () => {
    const segments = articles.flatMap((article) => article.segments);
    expect(segments).toHaveLength(1007);
    expect(segments.filter((s) => s.kind === "title")).toHaveLength(62);
    expect(segments.every((s) => s.translatable && s.translations.de && s.translations.en)).toBe(true);
    const firstBody = articles[0]!.segments[1]!;
    expect(firstBody.translations.en).toBe(
      "There is consternation among some AMs at a suggestion their title should change to MWPs (Member of the Welsh Parliament).",
    );
  });

  it("groups body sentences into paragraphs of three or four", () => {
    for (const article of articles) {
      const sizes = new Map<number, number>();
      for (const s of article.segments.slice(1)) sizes.set(s.paragraph, (sizes.get(s.paragraph) ?? 0) + 1);
      const values = [...sizes.values()];
      // A paragraph of fewer than three sentences only for articles that short.
      expect(values.every((n) => n >= 2 && n <= 4) || values.length === 1, article.title).toBe(true);
    }
  });

  it("rejects files that are not line-aligned", () => {
    expect(() => buildNtrexBundles({ ...files, de: files.de.split("\n").slice(1).join("\n") })).toThrow(
      "DEMO_NTREX_MISALIGNED",
    );
  });
});
