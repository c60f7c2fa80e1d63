// Pairs edited sentences inside one gap between two unchanged anchors (align-versions.ts). A dynamic
// programme over (old i, new j) keeps the order and maximises the summed similarity of the pairs:
//   1:1   an edited sentence: similarity(old, new) ≥ MIN_SIMILARITY;
//   1:2   a split: similarity(old, new₁ + new₂) ≥ MIN_SIMILARITY and better than either part alone;
//         the old translation goes to the better-matching part, the other part is new;
//   2:1   a merge: similarity(old₁ + old₂, new) likewise; the better-matching old keeps its
//         translation, the other is removed.
// A split or merge covers two sentences, so it counts twice its similarity against two 1:1 pairs.
// Bound: gaps beyond MAX_GAP_CELLS (old × new) are not paired (their sentences stay removed / new):
// every cell costs up to three Levenshtein distances of sentence-sized strings.
import { similarity } from "@/lib/translation/tm";

/** Below this an old sentence and a new one are different sentences, not an edit (character similarity). */
export const MIN_SIMILARITY = 0.6;
export const MAX_GAP_CELLS = 10_000;

export type GapMatch = { old: number; new: number; similarity: number; via: "edit" | "split" | "merge" };

type Step = "skipOld" | "skipNew" | "edit" | "split" | "merge";

/** Similarity, or 0 when the lengths alone rule out MIN_SIMILARITY (1 − |Δlen| / max len is an upper bound). */
function score(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  if (max === 0 || Math.min(a.length, b.length) / max < MIN_SIMILARITY) return 0;
  const s = similarity(a, b);
  return s >= MIN_SIMILARITY ? s : 0;
}

export function alignGap(olds: readonly string[], news: readonly string[]): GapMatch[] {
  const a = olds.length;
  const b = news.length;
  if (a === 0 || b === 0 || a * b > MAX_GAP_CELLS) return [];
  const one = olds.map((o) => news.map((n) => score(o, n)));
  const split = (i: number, j: number) => (j + 1 < b ? score(olds[i]!, `${news[j]} ${news[j + 1]}`) : 0);
  const merge = (i: number, j: number) => (i + 1 < a ? score(`${olds[i]} ${olds[i + 1]}`, news[j]!) : 0);
  // best[i][j]: the best total for olds[i..] and news[j..]; step[i][j] how it is reached.
  const best = Array.from({ length: a + 1 }, () => new Float64Array(b + 1));
  const step: Step[][] = Array.from({ length: a + 1 }, () => new Array<Step>(b + 1).fill("skipOld"));
  for (let i = a; i >= 0; i--) {
    for (let j = b; j >= 0; j--) {
      if (i === a && j === b) continue;
      const options: [Step, number][] = [];
      if (i < a) options.push(["skipOld", best[i + 1]![j]!]);
      if (j < b) options.push(["skipNew", best[i]![j + 1]!]);
      if (i < a && j < b) {
        const single = one[i]![j]!;
        if (single > 0) options.push(["edit", single + best[i + 1]![j + 1]!]);
        const s = split(i, j);
        if (s > Math.max(single, one[i]![j + 1] ?? 0)) options.push(["split", 2 * s + best[i + 1]![j + 2]!]);
        const m = merge(i, j);
        if (m > Math.max(single, one[i + 1]?.[j] ?? 0)) options.push(["merge", 2 * m + best[i + 2]![j + 1]!]);
      }
      // Ties keep the first option: skipping before pairing keeps only pairs that add something.
      let chosen = options[0]!;
      for (const option of options) if (option[1] > chosen[1]) chosen = option;
      best[i]![j] = chosen[1];
      step[i]![j] = chosen[0];
    }
  }
  return walk(step, olds, news);
}

/** Follows the chosen steps from (0, 0) and lists the pairs. */
function walk(step: Step[][], olds: readonly string[], news: readonly string[]): GapMatch[] {
  const a = olds.length;
  const b = news.length;
  const sim = (i: number, j: number) => similarity(olds[i]!, news[j]!);
  const out: GapMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a || j < b) {
    const s = step[i]![j]!;
    if (s === "skipOld") i++;
    else if (s === "skipNew") j++;
    else if (s === "edit") {
      out.push({ old: i, new: j, similarity: sim(i, j), via: "edit" });
      i++;
      j++;
    } else if (s === "split") {
      // The part that resembles the old sentence more takes its translation.
      const target = sim(i, j) >= sim(i, j + 1) ? j : j + 1;
      out.push({ old: i, new: target, similarity: sim(i, target), via: "split" });
      i++;
      j += 2;
    } else {
      const source = sim(i, j) >= sim(i + 1, j) ? i : i + 1;
      out.push({ old: source, new: j, similarity: sim(source, j), via: "merge" });
      i += 2;
      j++;
    }
  }
  return out;
}
