// Inputs for `npm run bench:contention`, built from the NTREX demo articles (prisma/demo, CC BY-SA 4.0):
// a ~5,000-line plain-text article, a ~20,000-unit TMX file, and small articles for the other users.
import fs from "node:fs";
import path from "node:path";
import { splitSentences } from "@/lib/articles/segment";
import { exportTmx } from "@/lib/translation/tmx";

const read = (f: string) =>
  fs.readFileSync(path.join("prisma/demo/ntrex-news-dev", f), "utf8").split("\n").filter(Boolean);
const [vi, de, en] = [read("vi.txt"), read("de.txt"), read("en.txt")];

/** Lines that stay one sentence each, so the article has as many segments as lines (the cap is 5,000). */
export function bigTextArticle(lines = 4990): string {
  const single = vi.filter((line) => splitSentences(line).length === 1);
  const out = ["Bài kiểm tra tải: nhập một bài rất dài"];
  for (let i = 0; out.length < lines; i++) out.push(single[i % single.length]!);
  return out.join("\n");
}

/** Units with distinct sources (`tag` and a counter), texts cut so the file stays under the 10 MB upload limit. */
export function bigTmx(units = 20_000, tag = 0): string {
  const cut = (s: string) => (s.length > 110 ? s.slice(0, 110) : s);
  return exportTmx(
    Array.from({ length: units }, (_, i) => ({
      vi: `${cut(vi[i % vi.length]!)} (${tag}.${i})`,
      de: `${cut(de[i % de.length]!)} (${i})`,
      en: `${cut(en[i % en.length]!)} (${i})`,
    })),
  );
}

/** A JSON bundle of `sentences` NTREX sentences with their German and English, five per paragraph. */
export function smallBundle(index: number, sentences = 20): string {
  const rows = Array.from({ length: sentences }, (_, i) => {
    const k = (index * sentences + i) % vi.length;
    return { vi: vi[k]!, de: de[k]!, en: en[k]! };
  });
  const paragraphs = [];
  for (let i = 0; i < rows.length; i += 5) paragraphs.push({ sentences: rows.slice(i, i + 5) });
  return JSON.stringify({ title: { vi: `Bài ${index}`, de: `Artikel ${index}`, en: `Article ${index}` }, paragraphs });
}
