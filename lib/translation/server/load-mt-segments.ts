import "server-only";
import { db } from "@/lib/db";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import type { MtSegment } from "@/lib/translation/run";
import { needsMachineRefresh } from "@/lib/translation/machine-refresh";

export type MtArticle = {
  title: string;
  segments: MtSegment[];
  /** Translation row id per segment id and language (the rows the job fills). */
  rowIds: Map<string, string>;
};

export const rowKey = (segmentId: string, lang: TargetLang) => `${segmentId}:${lang}`;

/**
 * An article's segments for the MT run, with the text of their paragraph (DeepL context). A target is
 * open where its row exists and is still untranslated, or where its source changed and its machine text
 * was made for the old source (machine-refresh.ts: the run then refreshes the machine text only).
 */
export async function loadMtSegments(articleId: string): Promise<MtArticle> {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      segments: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          paragraph: true,
          sourceText: true,
          translatable: true,
          translations: {
            select: { id: true, lang: true, state: true, sourceChanged: true, machineSettings: true },
          },
        },
      },
    },
  });
  const paragraphs = new Map<number, string[]>();
  for (const s of article.segments) {
    paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.sourceText]);
  }
  const rowIds = new Map<string, string>();
  const segments = article.segments.map((s): MtSegment => {
    const open: Partial<Record<TargetLang, boolean>> = {};
    for (const lang of TARGET_LANGS) {
      const row = s.translations.find((t) => t.lang === lang);
      open[lang] = row ? row.state === "untranslated" || needsMachineRefresh(row, s.sourceText) : false;
      if (row) rowIds.set(rowKey(s.id, lang), row.id);
    }
    return {
      id: s.id,
      source: s.sourceText,
      paragraph: paragraphs.get(s.paragraph)!.join(" "),
      translatable: s.translatable,
      open,
    };
  });
  return { title: article.title, segments, rowIds };
}
