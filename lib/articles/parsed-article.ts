// What every import format parses into; its own file so the format parsers and parse-import do not import each other.
import type { SegmentKind, TargetLang } from "@/lib/vocabulary";

export type ParsedSegment = {
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  text: string;
  translations: Partial<Record<TargetLang, string>>;
};

export type ParsedArticle = {
  title: string;
  sourceUrl: string | null;
  byline: string | null;
  segments: ParsedSegment[];
};
