// The segment vocabulary shared by import, editor, review and export.
export const SEGMENT_KINDS = ["title", "lead", "body", "caption", "byline", "source", "boilerplate"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const TARGET_LANGS = ["de", "en"] as const;
export type TargetLang = (typeof TARGET_LANGS)[number];

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

export function isSegmentKind(value: string): value is SegmentKind {
  return (SEGMENT_KINDS as readonly string[]).includes(value);
}

export function isTargetLang(value: string): value is TargetLang {
  return (TARGET_LANGS as readonly string[]).includes(value);
}
