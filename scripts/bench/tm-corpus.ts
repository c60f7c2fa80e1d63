// The bench:tm memory: the repo's copies of NTREX-128 (prisma/demo) and FLORES-200 (tests/fixtures/unseen)
// Vietnamese sentences with their German and English, and generated variants of them — numbers changed
// and one to three words swapped for other words of the corpus, as a newsroom's memory repeats itself.
import fs from "node:fs";
import path from "node:path";
import { mulberry32 } from "@/tests/factories/mulberry32";

export type Base = { vi: string; de: string; en: string };

const ROOT = path.join(import.meta.dirname, "..", "..");
const SOURCES = [
  "prisma/demo/ntrex-news-dev",
  "tests/fixtures/unseen/flores200-devtest/tune",
  "tests/fixtures/unseen/flores200-devtest/holdout",
];

export function readBases(): Base[] {
  const out: Base[] = [];
  for (const dir of SOURCES) {
    const read = (lang: string) => fs.readFileSync(path.join(ROOT, dir, `${lang}.txt`), "utf8").split("\n");
    const [vi, de, en] = [read("vi"), read("de"), read("en")];
    vi.forEach((v, i) => {
      if (v.trim() && de[i]?.trim() && en[i]?.trim()) out.push({ vi: v.trim(), de: de[i]!.trim(), en: en[i]!.trim() });
    });
  }
  return out;
}

/** Variant `n` of a base (0: the base itself); deterministic for (seed, n). */
export function variant(base: Base, vocabulary: readonly string[], n: number, seed: number): Base {
  if (n === 0) return base;
  const r = mulberry32(seed * 7919 + n);
  const swap = (text: string) => text.replace(/\d+/g, () => String(Math.floor(r() * 10_000)));
  const words = swap(base.vi).split(" ");
  for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
    words[Math.floor(r() * words.length)] = vocabulary[Math.floor(r() * vocabulary.length)]!;
  }
  return { vi: words.join(" "), de: swap(base.de), en: swap(base.en) };
}

export function vocabularyOf(bases: readonly Base[]): string[] {
  return [...new Set(bases.flatMap((b) => b.vi.split(" ")).filter((w) => /^\p{L}+$/u.test(w)))];
}
