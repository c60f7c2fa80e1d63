// Which translations a bulk approval sends: of the selected segments, every language whose text is
// waiting for approval and has no open error. Errors are never approved in bulk (override is per segment),
// and neither is a rejected text: it is approved only after it changed, or by a decision on that segment.
import type { TargetLang } from "@/lib/articles/kinds";
import type { TranslationState } from "./workflow";

type T = { id: string; version: number; state: TranslationState; text: string; errorCount: number };
type S = { id: string; translations: Partial<Record<TargetLang, T>> };

export function bulkApprovalItems(segments: readonly S[], selected: ReadonlySet<string>) {
  const items: { translationId: string; expectedVersion: number; segmentId: string; lang: TargetLang }[] = [];
  let withErrors = 0;
  let rejected = 0;
  for (const s of segments) {
    if (!selected.has(s.id)) continue;
    for (const [lang, t] of Object.entries(s.translations) as [TargetLang, T | undefined][]) {
      if (!t || t.state === "approved" || t.state === "untranslated" || !t.text.trim()) continue;
      if (t.state === "rejected") {
        rejected += 1;
        continue;
      }
      if (t.errorCount > 0) {
        withErrors += 1;
        continue;
      }
      items.push({ translationId: t.id, expectedVersion: t.version, segmentId: s.id, lang });
    }
  }
  return { items, withErrors, rejected };
}

export type SkippedSummary = { fourEyes: number; stale: number; rejected: number; other: number };

/** Why a bulk approval left segments out, grouped the way the editor says it (one sentence per reason). */
export function summarizeSkipped(skipped: readonly { code: string }[]): SkippedSummary {
  const summary: SkippedSummary = { fourEyes: 0, stale: 0, rejected: 0, other: 0 };
  for (const s of skipped) {
    if (s.code === "REVIEW_FOUR_EYES") summary.fourEyes += 1;
    else if (s.code === "REVIEW_REJECTED_IN_BULK") summary.rejected += 1;
    else if (s.code === "TRANSLATION_CONFLICT" || s.code === "TRANSLATION_NOT_FOUND") summary.stale += 1;
    else summary.other += 1;
  }
  return summary;
}
