// Bridges stored translations and the check engine: untranslated targets are not checked (being
// untranslated is a state, not an issue), and results are split per target language for storage.
import type { TargetLang } from "@/lib/vocabulary";
import { checkArticle, checkSegment, type CheckOptions, type QualityIssue, type SegmentInput } from "./index";

export type StoredTarget = { text: string; state: string } | undefined;
export type SegmentTexts = { source: string; kind: string; de?: StoredTarget; en?: StoredTarget };
export type IssueSummary = { issues: QualityIssue[]; errorCount: number; warningCount: number };

const input = (s: SegmentTexts): SegmentInput => ({
  source: s.source,
  kind: s.kind,
  de: s.de && s.de.state !== "untranslated" ? s.de.text : null,
  en: s.en && s.en.state !== "untranslated" ? s.en.text : null,
});

function split(issues: QualityIssue[]): Record<TargetLang, IssueSummary> {
  const of = (lang: TargetLang) => {
    const own = issues.filter((i) => i.lang === lang);
    const errorCount = own.filter((i) => i.severity === "error").length;
    return { issues: own, errorCount, warningCount: own.length - errorCount };
  };
  return { de: of("de"), en: of("en") };
}

export function segmentIssues(segment: SegmentTexts, options: CheckOptions): Record<TargetLang, IssueSummary> {
  return split(checkSegment(input(segment), options));
}

/** Whole-article run (adds term and name consistency across segments), one result per segment. */
export function articleIssues(segments: SegmentTexts[], options: CheckOptions): Record<TargetLang, IssueSummary>[] {
  return checkArticle(segments.map(input), options).map(split);
}
