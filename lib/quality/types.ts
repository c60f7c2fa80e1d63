// Public types of the pure quality-check engine (no Prisma, no Next).
import type { TargetLang } from "@/lib/vocabulary";

/** A target language (lib/vocabulary.ts), under the name the checks use. */
export type Lang = TargetLang;
export type TextLang = "vi" | Lang;
export type Severity = "error" | "warning";
/** UTF-16 offsets into the string, end exclusive. */
export type Span = [start: number, end: number];

export type QualityIssue = {
  code: string;
  severity: Severity;
  lang: Lang;
  source?: Span;
  target?: Span;
  params: Record<string, string | number>;
};

export type GlossaryTerm = { vi: string; de: string; en: string; caseSensitive?: boolean };
/** How Vietnamese names appear in targets: with their diacritics or stripped to ASCII. */
export type HouseStyle = { diacritics: "keep" | "strip" };
export type SegmentInput = { source: string; de?: string | null; en?: string | null; kind?: string };
export type CheckOptions = { glossary?: GlossaryTerm[]; style?: HouseStyle };
