import { checkSegment } from "@/lib/quality/run-checks";
import type { CheckOptions, Lang, QualityIssue, SegmentInput } from "@/lib/quality/types";

/** Codes reported for one language of a segment (sorted, duplicates kept). */
export function codes(input: SegmentInput, lang: Lang, options?: CheckOptions): string[] {
  return checkSegment(input, options)
    .filter((i) => i.lang === lang)
    .map((i) => i.code)
    .sort();
}

/** Codes of one family only, to keep each test about the check it names. */
export function family(input: SegmentInput, lang: Lang, prefix: string, options?: CheckOptions): string[] {
  return codes(input, lang, options).filter((c) => c.startsWith(prefix));
}

export function find(input: SegmentInput, code: string, options?: CheckOptions): QualityIssue | undefined {
  return checkSegment(input, options).find((i) => i.code === code);
}
