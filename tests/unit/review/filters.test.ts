import { describe, expect, it } from "vitest";
import { countByFilter, matchesFilter } from "@/lib/review/filters";
import type { TranslationState } from "@/lib/vocabulary";

const t = (
  state: TranslationState,
  extra: Partial<{ text: string; approvedText: string | null; errorCount: number }> = {},
) => ({ state, text: "x", approvedText: null, errorCount: 0, warningCount: 0, ...extra });

const segments = [
  { translatable: true, translations: { de: t("untranslated"), en: t("translated") } },
  { translatable: true, translations: { de: t("rejected"), en: t("approved") } },
  {
    translatable: true,
    translations: { de: t("draft", { text: "neu", approvedText: "alt" }), en: t("draft", { errorCount: 1 }) },
  },
  { translatable: false, translations: {} },
];

describe("editor filters", () => {
  it("match a segment when either language matches, or the chosen one", () => {
    expect(countByFilter(segments)).toEqual({
      all: 4,
      untranslated: 1,
      errors: 1,
      issues: 1,
      needsReview: 1,
      rejected: 1,
      changed: 1,
    });
    expect(matchesFilter(segments[0]!, "needsReview", "de")).toBe(false);
    expect(matchesFilter(segments[0]!, "needsReview", "en")).toBe(true);
    expect(matchesFilter(segments[3]!, "untranslated")).toBe(false);
  });
});
