// Language tags written into the CAT formats: region-qualified, as CAT tools and memories expect them
// (vi-VN, de-DE, and English in the variant the newsroom configured). Import compares the primary subtag
// only, so de, de-DE and de-AT all read as German (lib/export/text.ts primaryLanguage).
import type { TargetLang } from "@/lib/vocabulary";

export type EnglishTag = "en-GB" | "en-US";
export type RenderOptions = { englishTag?: EnglishTag };

export const SOURCE_TAG = "vi-VN";

export function targetTag(lang: TargetLang, options: RenderOptions = {}): string {
  return lang === "de" ? "de-DE" : (options.englishTag ?? "en-GB");
}
