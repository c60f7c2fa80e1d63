import fs from "node:fs";
import path from "node:path";

export type NtrexLine = { line: number; vi: string; de: string; en: string; docId: string };

const DIR = path.resolve(import.meta.dirname, "../../../prisma/demo/ntrex-news-dev");

export function readNtrexFiles(): { vi: string; de: string; en: string; docIds: string } {
  const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");
  return { vi: read("vi.txt"), de: read("de.txt"), en: read("en.txt"), docIds: read("doc_ids.txt") };
}

/** Articles in file order; `line` is 1-based as in an editor. */
export function readNtrexArticles(): NtrexLine[][] {
  const files = readNtrexFiles();
  const split = (text: string) => text.replace(/\n$/, "").split("\n");
  const [vi, de, en, ids] = [split(files.vi), split(files.de), split(files.en), split(files.docIds)];
  const articles: NtrexLine[][] = [];
  ids.forEach((docId, index) => {
    const entry = { line: index + 1, vi: vi[index] ?? "", de: de[index] ?? "", en: en[index] ?? "", docId };
    const current = articles.at(-1);
    if (current && current[0]?.docId === docId) current.push(entry);
    else articles.push([entry]);
  });
  return articles;
}
