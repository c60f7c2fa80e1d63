// Which segment kinds are translated by default. The kinds themselves are defined in lib/vocabulary.ts.
import type { SegmentKind } from "@/lib/vocabulary";

// Bylines, source lines and scraping residue are kept for the record but never sent to MT:
// translating "Bình luận (0)" or a reporter's name only produces publishable garbage.
const TRANSLATABLE_BY_DEFAULT: Record<SegmentKind, boolean> = {
  title: true,
  lead: true,
  body: true,
  caption: true,
  byline: false,
  source: false,
  boilerplate: false,
};

export function isTranslatableByDefault(kind: SegmentKind): boolean {
  return TRANSLATABLE_BY_DEFAULT[kind];
}
