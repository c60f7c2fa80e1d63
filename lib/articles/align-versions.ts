// Aligns the segments of a new version of an article's Vietnamese source to the old ones, so the
// translations follow their sentences. Pure. Three passes:
// 1. Anchors: a longest-common-subsequence alignment of the normalised sentences (Myers' diff from
//    the `diff` package, O((n + m)·D)); equal sentences in order are "unchanged".
// 2. Moves: an old sentence that left its place and reappears elsewhere, word for word, is still
//    "unchanged" (exact matching of the leftovers on their normalised text).
// 3. Edits: inside each gap between two anchors, an edited sentence is paired with its old self by
//    character similarity (lib/translation/tm.ts), including a split (one old → two new) and a merge
//    (two old → one new): align-gap.ts.
import { diffArrays } from "diff";
import { normalizeForTm } from "@/lib/translation/tm";
import { alignGap, type GapMatch } from "./align-gap";

/** What became of one segment of the new version. */
export type SegmentMatch =
  | { kind: "unchanged"; oldIndex: number; moved: boolean }
  | { kind: "changed"; oldIndex: number; similarity: number; via: "edit" | "split" | "merge" }
  | { kind: "new" };

export type Alignment = {
  /** One entry per segment of the new version, in its order. */
  matches: SegmentMatch[];
  /** Old segments that no new segment took over, in their order. */
  removed: number[];
};

/** Myers' search gives up beyond this many edits (then only moves and gap matching apply). */
const MAX_EDIT_LENGTH = 20_000;

type Gap = { olds: number[]; news: number[] };

export function alignVersions(oldTexts: readonly string[], newTexts: readonly string[]): Alignment {
  const oldKeys = oldTexts.map(normalizeForTm);
  const newKeys = newTexts.map(normalizeForTm);
  const matches: (SegmentMatch | undefined)[] = new Array<SegmentMatch | undefined>(newTexts.length);
  const oldTaken = new Array<boolean>(oldTexts.length).fill(false);
  const gaps = anchor(oldKeys, newKeys, matches, oldTaken);
  matchMoves(oldKeys, newKeys, matches, oldTaken);
  for (const gap of gaps) {
    const olds = gap.olds.filter((i) => !oldTaken[i]);
    const news = gap.news.filter((j) => !matches[j]);
    if (olds.length === 0 || news.length === 0) continue;
    const found = alignGap(
      olds.map((i) => oldKeys[i]!),
      news.map((j) => newKeys[j]!),
    );
    for (const m of found) apply(m, olds, news, matches, oldTaken);
  }
  return {
    matches: Array.from(matches, (m): SegmentMatch => m ?? { kind: "new" }),
    removed: oldTaken.flatMap((taken, i) => (taken ? [] : [i])),
  };
}

/** Pass 1: equal runs of the LCS are unchanged; each run of changes between them is a gap. */
function anchor(
  oldKeys: string[],
  newKeys: string[],
  matches: (SegmentMatch | undefined)[],
  oldTaken: boolean[],
): Gap[] {
  const changes = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_EDIT_LENGTH });
  // Too different to align in bounded time: one gap holding everything (moves still apply).
  if (!changes) return [{ olds: oldKeys.map((_, i) => i), news: newKeys.map((_, j) => j) }];
  const gaps: Gap[] = [];
  let gap: Gap = { olds: [], news: [] };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) gap.olds.push(i++);
    } else if (change.added) {
      for (let k = 0; k < count; k++) gap.news.push(j++);
    } else {
      if (gap.olds.length || gap.news.length) gaps.push(gap);
      gap = { olds: [], news: [] };
      for (let k = 0; k < count; k++) {
        matches[j] = { kind: "unchanged", oldIndex: i, moved: false };
        oldTaken[i] = true;
        i++;
        j++;
      }
    }
  }
  if (gap.olds.length || gap.news.length) gaps.push(gap);
  return gaps;
}

/** Pass 2: a sentence moved elsewhere word for word; equal texts pair up in order of appearance. */
function matchMoves(
  oldKeys: string[],
  newKeys: string[],
  matches: (SegmentMatch | undefined)[],
  oldTaken: boolean[],
): void {
  const waiting = new Map<string, number[]>();
  oldKeys.forEach((key, i) => {
    if (oldTaken[i]) return;
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  });
  newKeys.forEach((key, j) => {
    if (matches[j]) return;
    const i = waiting.get(key)?.shift();
    if (i === undefined) return;
    matches[j] = { kind: "unchanged", oldIndex: i, moved: true };
    oldTaken[i] = true;
  });
}

/** Maps a gap match (indexes within the gap) back to the article's indexes. */
function apply(
  m: GapMatch,
  olds: number[],
  news: number[],
  matches: (SegmentMatch | undefined)[],
  oldTaken: boolean[],
): void {
  const oldIndex = olds[m.old]!;
  oldTaken[oldIndex] = true;
  matches[news[m.new]!] = { kind: "changed", oldIndex, similarity: m.similarity, via: m.via };
}
