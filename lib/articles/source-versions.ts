// What a new version of an article's source does to its segments: the plan that
// lib/articles/server/update-article-source.ts writes in one transaction, and the JSON shapes of the
// SourceVersion rows. Pure.
import type { SegmentKind } from "@/lib/vocabulary";
import { alignVersions } from "./align-versions";

/** One segment of a source version as stored in SourceVersion.segments. */
export type SourceSnapshotSegment = {
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  text: string;
};

/** A segment that left the article, with its whole history (SourceVersion.removed). */
export type RemovedSegment = {
  position: number;
  kind: string;
  text: string;
  translations: {
    lang: string;
    text: string;
    state: string;
    revisions: { version: number; text: string; state: string; action: string; authorId: string | null; at: string }[];
  }[];
  comments: { lang: string | null; body: string; authorId: string; at: string }[];
};

export type SourceUpdateStats = { unchanged: number; moved: number; changed: number; added: number; removed: number };

/** An existing segment as the plan needs it. `pending`: a translation still awaits review after an earlier change. */
export type CurrentSegment = SourceSnapshotSegment & { id: string; previousSource: string | null; pending: boolean };

export type KeptSegment = SourceSnapshotSegment & {
  id: string;
  change: "unchanged" | "changed";
  previousSource: string | null;
};

export type SourceUpdatePlan = {
  kept: KeptSegment[];
  added: SourceSnapshotSegment[];
  removedIds: string[];
  stats: SourceUpdateStats;
};

export function planSourceUpdate(
  current: readonly CurrentSegment[],
  next: readonly SourceSnapshotSegment[],
): SourceUpdatePlan {
  const { matches, removed } = alignVersions(
    current.map((s) => s.text),
    next.map((s) => s.text),
  );
  const kept: KeptSegment[] = [];
  const added: SourceSnapshotSegment[] = [];
  const stats: SourceUpdateStats = { unchanged: 0, moved: 0, changed: 0, added: 0, removed: removed.length };
  matches.forEach((match, j) => {
    const segment = next[j]!;
    if (match.kind === "new") {
      added.push(segment);
      stats.added++;
      return;
    }
    const old = current[match.oldIndex]!;
    if (match.kind === "unchanged") {
      stats.unchanged++;
      if (match.moved) stats.moved++;
      kept.push({ ...segment, id: old.id, change: "unchanged", previousSource: old.previousSource });
      return;
    }
    stats.changed++;
    // A translation still unreviewed after an earlier change was written for the text before that one:
    // the diff keeps starting there.
    const previousSource = old.pending && old.previousSource !== null ? old.previousSource : old.text;
    kept.push({ ...segment, id: old.id, change: "changed", previousSource });
  });
  return { kept, added, removedIds: removed.map((i) => current[i]!.id), stats };
}

/** The snapshot of a version: the fields stored, in order. */
export function snapshotOf(segments: readonly SourceSnapshotSegment[]): SourceSnapshotSegment[] {
  return segments
    .map(({ position, paragraph, kind, translatable, text }) => ({ position, paragraph, kind, translatable, text }))
    .sort((a, b) => a.position - b.position);
}

/** A version's source as paragraphs of text, for the diff between two versions. */
export function sourceAsText(segments: readonly SourceSnapshotSegment[]): string {
  const paragraphs: string[] = [];
  let last: number | null = null;
  for (const s of segments) {
    if (last === s.paragraph && paragraphs.length) paragraphs[paragraphs.length - 1] += ` ${s.text}`;
    else paragraphs.push(s.text);
    last = s.paragraph;
  }
  return paragraphs.join("\n\n");
}
