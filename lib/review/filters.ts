// The editor's segment filters (docs/WORKFLOW.md, "Editor filters"), pure so the list and its counts agree.
import type { TargetLang, TranslationState } from "@/lib/vocabulary";
import { changedSinceApproval, needsReview } from "./workflow";

export const FILTERS = ["all", "untranslated", "errors", "issues", "needsReview", "rejected", "changed"] as const;
export type Filter = (typeof FILTERS)[number];

type T = {
  state: TranslationState;
  text: string;
  approvedText: string | null;
  errorCount: number;
  warningCount: number;
};
type S = { translatable: boolean; translations: Partial<Record<TargetLang, T>> };

const predicates: Record<Exclude<Filter, "all">, (t: T) => boolean> = {
  untranslated: (t) => t.state === "untranslated",
  errors: (t) => t.errorCount > 0,
  issues: (t) => t.errorCount + t.warningCount > 0,
  needsReview: (t) => needsReview(t.state),
  rejected: (t) => t.state === "rejected",
  changed: (t) => changedSinceApproval(t),
};

/** A segment matches when any of its target languages (or the chosen one) matches. */
export function matchesFilter(segment: S, filter: Filter, lang: TargetLang | "both" = "both"): boolean {
  if (filter === "all") return true;
  if (!segment.translatable) return false;
  const langs: TargetLang[] = lang === "both" ? ["de", "en"] : [lang];
  return langs.some((l) => {
    const t = segment.translations[l];
    return t ? predicates[filter](t) : false;
  });
}

export function countByFilter(segments: readonly S[], lang: TargetLang | "both" = "both"): Record<Filter, number> {
  return Object.fromEntries(
    FILTERS.map((f) => [f, segments.filter((s) => matchesFilter(s, f, lang)).length]),
  ) as Record<Filter, number>;
}
