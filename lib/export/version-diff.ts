// What changed between two published versions of one article language, segment by segment.
import type { ExportDocument } from "./types";

export type SegmentChange = {
  id: string;
  position: number;
  kind: string;
  source: string;
  before: string | null;
  after: string | null;
};

/** Changed, added and removed segments (matched by segment id), in reading order; unchanged ones left out. */
export function diffVersions(from: ExportDocument, to: ExportDocument): SegmentChange[] {
  const before = new Map(from.segments.map((s) => [s.id, s]));
  const after = new Map(to.segments.map((s) => [s.id, s]));
  const changes: SegmentChange[] = [];
  for (const s of to.segments) {
    const old = before.get(s.id);
    if (!s.translatable && !old?.translatable) continue;
    if (!old || old.target !== s.target) {
      changes.push({
        id: s.id,
        position: s.position,
        kind: s.kind,
        source: s.source,
        before: old?.target ?? null,
        after: s.target,
      });
    }
  }
  for (const s of from.segments) {
    if (!after.has(s.id) && s.translatable)
      changes.push({ id: s.id, position: s.position, kind: s.kind, source: s.source, before: s.target, after: null });
  }
  return changes.sort((a, b) => a.position - b.position);
}
