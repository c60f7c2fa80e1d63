// Word-level diffs for the review view (MT → translator → reviewer). Vietnamese needs care: one
// syllable can be typed precomposed ("ể") or with combining marks ("ê" + U+0309), and a changed tone
// mark ("Hiển" → "Hiến") must show as a changed word, never as a fragment of a grapheme. So texts are
// NFC-normalised and split into whole words with Intl.Segmenter before the `diff` package aligns them.

import { diffArrays } from "diff";

export type DiffPart = { kind: "equal" | "added" | "removed"; text: string };

// Word granularity keeps letters with their combining marks and splits punctuation and spaces off;
// the locale only matters for scripts without spaces, which this newsroom does not publish.
const segmenter = new Intl.Segmenter("vi", { granularity: "word" });

function tokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const isSpace = (text: string): boolean => /^\s+$/u.test(text);

/**
 * Word diff of `before` → `after`. Joining the equal and removed parts gives NFC(before); joining
 * the equal and added parts gives NFC(after). Within one change the removed text comes first.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const changes = diffArrays(tokens(before.normalize("NFC")), tokens(after.normalize("NFC")));
  const parts: DiffPart[] = [];
  let removed = "",
    added = "";
  const flush = (): void => {
    if (removed) push(parts, "removed", removed);
    if (added) push(parts, "added", added);
    removed = "";
    added = "";
  };
  changes.forEach((change, k) => {
    const text = change.value.join("");
    if (change.removed) removed += text;
    else if (change.added) added += text;
    else {
      // A lone space kept "equal" between two edits would chop "a b → x y" into four pieces;
      // fold it into both sides so the reader sees one replaced phrase.
      const next = changes[k + 1];
      const between = (removed || added) && next !== undefined && (next.added || next.removed);
      if (between && isSpace(text)) {
        removed += text;
        added += text;
        return;
      }
      flush();
      push(parts, "equal", text);
    }
  });
  flush();
  return parts;
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The two steps a reviewer checks: what the translator changed in the MT, and what the reviewer
 * changed in the translator's text. A stage that has not happened (null) carries the previous text
 * forward, so it shows as "no change" rather than as everything deleted; with no MT at all the
 * translator's words are all new.
 */
export function diffThreeWay(
  machine: string | null,
  translator: string | null,
  reviewer: string | null,
): { translator: DiffPart[]; reviewer: DiffPart[] } {
  const translated = translator ?? machine ?? "";
  return {
    translator: diffWords(machine ?? "", translated),
    reviewer: diffWords(translated, reviewer ?? translated),
  };
}

/**
 * Words added and removed. Punctuation marks count as words (as in TER on tokenised text), so a
 * fixed comma is visible in the totals; whitespace does not count.
 */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0,
    removed = 0;
  for (const part of parts) {
    if (part.kind === "equal") continue;
    const n = tokens(part.text).filter((t) => !isSpace(t)).length;
    if (part.kind === "added") added += n;
    else removed += n;
  }
  return { added, removed };
}
