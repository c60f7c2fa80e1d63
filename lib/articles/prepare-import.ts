// Everything an article import computes before it writes: parsing, segmentation and the quality checks
// of imported translations (the whole article at once, for term consistency). Pure, so it can run in a
// worker thread (lib/worker) and a failure here writes nothing.
import { articleIssues } from "@/lib/quality/issues-by-lang";
import type { CheckOptions } from "@/lib/quality";
import { TARGET_LANGS, type SegmentKind, type TargetLang } from "@/lib/vocabulary";
import { parseImport, type ImportFormat } from "./parse-import";

/**
 * The state of an imported human translation: translated, awaiting review. Someone wrote it and the
 * importer vouches for it (four-eyes keeps them from approving it), so it is neither open work for a
 * translator nor invisible to a reviewer — a "draft" here made the list say "0 translated" for whole
 * translated articles and hid them from the review queue.
 */
export const IMPORTED_STATE = "translated";

export type PreparedTarget = { text: string; issues: string; errorCount: number; warningCount: number };
export type PreparedSegment = {
  position: number;
  paragraph: number;
  kind: SegmentKind;
  translatable: boolean;
  text: string;
  /** One entry per target language for translatable segments; text "" when the file had none. */
  targets: Partial<Record<TargetLang, PreparedTarget>>;
};
export type PreparedArticle = {
  title: string;
  sourceUrl: string | null;
  byline: string | null;
  items: PreparedSegment[];
};

export function prepareArticleImport(
  input: { format: ImportFormat; content: string },
  options: CheckOptions,
): PreparedArticle {
  const parsed = parseImport(input);
  const texts = parsed.segments.map(
    (s) =>
      Object.fromEntries(TARGET_LANGS.map((lang) => [lang, s.translations[lang]?.trim() ?? ""])) as Record<
        TargetLang,
        string
      >,
  );
  const translatable = parsed.segments.flatMap((s, i) => (s.translatable ? [i] : []));
  const checked = articleIssues(
    translatable.map((i) => {
      const segment = parsed.segments[i]!;
      const target = (lang: TargetLang) => ({
        text: texts[i]![lang],
        state: texts[i]![lang] ? IMPORTED_STATE : "untranslated",
      });
      return { source: segment.text, kind: segment.kind, de: target("de"), en: target("en") };
    }),
    options,
  );
  const targetsOf = new Map(
    translatable.map((i, k) => [
      i,
      Object.fromEntries(
        TARGET_LANGS.map((lang) => {
          const found = checked[k]?.[lang];
          return [
            lang,
            {
              text: texts[i]![lang],
              issues: JSON.stringify(found?.issues ?? []),
              errorCount: found?.errorCount ?? 0,
              warningCount: found?.warningCount ?? 0,
            },
          ];
        }),
      ),
    ]),
  );
  return {
    title: parsed.title,
    sourceUrl: parsed.sourceUrl,
    byline: parsed.byline,
    items: parsed.segments.map((s, i) => ({
      position: s.position,
      paragraph: s.paragraph,
      kind: s.kind,
      translatable: s.translatable,
      text: s.text,
      targets: targetsOf.get(i) ?? {},
    })),
  };
}
