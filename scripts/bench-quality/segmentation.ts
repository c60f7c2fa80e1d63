// Sentence-boundary F1 of splitSentences on the unseen segmentation paragraphs: a boundary is the
// character offset (in the whitespace-normalised paragraph) where one sentence ends.
import { normalizeText, splitSentences } from "@/lib/articles/segment";
import type { SegmentationCase } from "./sets";

function boundaries(sentences: string[]): Set<number> {
  const out = new Set<number>();
  let pos = 0;
  for (const s of sentences.slice(0, -1)) {
    pos += normalizeText(s).length;
    out.add(pos);
    pos += 1; // the single space normalizeText leaves between sentences
  }
  return out;
}

export type SegmentationScore = { tp: number; fp: number; fn: number; f1: number; wrong: string[] };

export function scoreSegmentation(cases: SegmentationCase[]): SegmentationScore {
  let [tp, fp, fn] = [0, 0, 0];
  const wrong: string[] = [];
  for (const c of cases) {
    const gold = boundaries(c.sentences);
    const got = splitSentences(c.text, "vi");
    const ours = boundaries(got);
    let bad = false;
    for (const b of ours) {
      if (gold.has(b)) tp++;
      else {
        fp++;
        bad = true;
      }
    }
    for (const b of gold) {
      if (!ours.has(b)) {
        fn++;
        bad = true;
      }
    }
    if (bad) wrong.push(`${c.id}: ${got.map((s) => s.slice(-25)).join(" ‖ ")}`);
  }
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 1;
  return { tp, fp, fn, f1, wrong };
}
