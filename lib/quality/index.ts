// Public entry of the quality-check engine.
export { checkSegment, checkArticle, CHECK_CATALOGUE } from "./run-checks";
export type { Lang, Severity, Span, QualityIssue, GlossaryTerm, HouseStyle, SegmentInput, CheckOptions } from "./types";
