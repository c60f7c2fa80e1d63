import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/action";
import { parseImport } from "@/lib/articles/parse-import";
import { TARGET_LANGS } from "@/lib/articles/kinds";
import { recordEvent } from "@/lib/audit/server/record-event";
import { articleIssues } from "@/lib/quality/issues-by-lang";
import { loadCheckOptions } from "@/lib/quality/server/check-options";

export type ImportInput = { format: "text" | "json"; content: string };

/**
 * Parses and stores an article in ONE transaction: a file that fails anywhere (parsing, a constraint)
 * leaves no article, segment or translation behind. Rows are created in bulk with ids made here, so a
 * 500-segment article costs a handful of statements, not thousands.
 */
export async function importArticle(input: ImportInput, actor: Actor): Promise<{ articleId: string; segments: number }> {
  const parsed = parseImport(input); // throws AppError(IMPORT_…) before anything is written
  const articleId = randomUUID();
  const segments = parsed.segments.map((s) => ({ ...s, id: randomUUID() }));
  const translations = segments.filter((s) => s.translatable).flatMap((s) =>
    TARGET_LANGS.map((lang) => {
      const text = s.translations[lang]?.trim() ?? "";
      return { id: randomUUID(), segmentId: s.id, articleId, lang, text,
        state: text ? "draft" : "untranslated", origin: text ? "import" : "none",
        // The importer vouches for imported text: the four-eyes rule keeps them from approving it.
        machineText: text || null, updatedById: text ? actor.id : null, textAuthorId: text ? actor.id : null };
    }));

  await db.$transaction(async (tx) => {
    // Imported translations are checked like any other text, the whole article at once (term consistency).
    const byId = new Map(translations.map((t) => [`${t.segmentId}:${t.lang}`, t]));
    const translatable = segments.filter((s) => s.translatable);
    const checked = articleIssues(translatable.map((s) => ({ source: s.text, kind: s.kind,
      de: byId.get(`${s.id}:de`), en: byId.get(`${s.id}:en`) })), await loadCheckOptions(tx));
    translatable.forEach((s, i) => {
      for (const lang of TARGET_LANGS) {
        const row = byId.get(`${s.id}:${lang}`);
        const found = checked[i]?.[lang];
        if (row && found) Object.assign(row, { issues: JSON.stringify(found.issues), errorCount: found.errorCount, warningCount: found.warningCount });
      }
    });
    await tx.article.create({ data: { id: articleId, title: parsed.title, sourceUrl: parsed.sourceUrl,
      byline: parsed.byline, importedBy: actor.id } });
    await tx.articleLanguage.createMany({ data: TARGET_LANGS.map((lang) => ({ articleId, lang })) });
    await tx.segment.createMany({ data: segments.map((s) => ({ id: s.id, articleId, position: s.position,
      paragraph: s.paragraph, kind: s.kind, translatable: s.translatable, sourceText: s.text })) });
    if (translations.length) await tx.translation.createMany({ data: translations });
    const imported = translations.filter((t) => t.text);
    if (imported.length) {
      await tx.revision.createMany({ data: imported.map((t) => ({ translationId: t.id, version: 1, text: t.text,
        state: t.state, origin: t.origin, action: "import", authorId: actor.id })) });
    }
    await recordEvent(tx, { actorId: actor.id, action: "article.import", entityType: "article", entityId: articleId,
      articleId, data: { format: input.format, segments: segments.length, translations: imported.length } });
  }, { timeout: 30_000 });
  return { articleId, segments: segments.length };
}
