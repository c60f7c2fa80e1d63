import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseSegmentKind, type Actor } from "@/lib/vocabulary";
import { IMPORT_FORMATS } from "@/lib/articles/import-formats";
import { parseImport } from "@/lib/articles/parse-import";
import { searchTextOf } from "@/lib/articles/search-text";
import { planSourceUpdate, snapshotOf, type SourceUpdateStats } from "@/lib/articles/source-versions";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { recordEvent } from "@/lib/audit/server/record-event";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/recheck-segment";
import type { ImportVia } from "./write-article";
import { archiveRemoved, createAdded, markChanged, moveKept } from "./source-update-writes";

/** A new version of an article's source: the same formats and limits as an import. */
export const sourceUpdateRequest = z.object({
  articleId: z.string().min(1).max(100),
  format: z.enum(IMPORT_FORMATS),
  content: z.string(),
});
export type SourceUpdateInput = z.infer<typeof sourceUpdateRequest>;
export type SourceUpdateResult = SourceUpdateStats & { articleId: string; version: number; segments: number };

/**
 * Imports a new version of an article's Vietnamese source and carries the work over (alignment:
 * lib/articles/align-versions.ts), all in ONE transaction with its audit row — a failure anywhere
 * leaves the article as it was:
 * - unchanged segments keep their translations, states, history and comments (only their position moves);
 * - changed segments keep their translation as a draft marked "source changed" (Translation.sourceChanged,
 *   Segment.previousSource for the word diff); publishing refuses until each is approved again;
 * - new segments are untranslated;
 * - removed segments leave the article; their translations, revisions and comments are kept in the
 *   version's `removed` JSON (the article's source history).
 * Publications are never touched. Translations in the uploaded file are ignored: it is a new source.
 */
export async function updateArticleSource(
  input: SourceUpdateInput,
  actor: Actor,
  via?: ImportVia,
): Promise<SourceUpdateResult> {
  assertUploadSize(input.content, "article");
  const parsed = parseImport({ format: input.format, content: input.content }); // bad files fail before any write
  const next = snapshotOf(
    parsed.segments.map((s) => ({ ...s, kind: parseSegmentKind(s.kind) })).map((s, position) => ({ ...s, position })),
  );
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findUnique({
        where: { id: input.articleId },
        select: { id: true, title: true, state: true, importedBy: true, createdAt: true },
      });
      if (!article || article.state === "importing") throw new AppError("ARTICLE_NOT_FOUND");
      const rows = await tx.segment.findMany({
        where: { articleId: article.id },
        orderBy: { position: "asc" },
        include: {
          translations: {
            select: { id: true, text: true, state: true, origin: true, version: true, sourceChanged: true },
          },
        },
      });
      const current = rows.map((s) => ({
        id: s.id,
        position: s.position,
        paragraph: s.paragraph,
        kind: parseSegmentKind(s.kind),
        translatable: s.translatable,
        text: s.sourceText,
        previousSource: s.previousSource,
        pending: s.translations.some((t) => t.sourceChanged && t.state !== "approved"),
      }));
      const plan = planSourceUpdate(current, next);
      const last = await tx.sourceVersion.findFirst({ where: { articleId: article.id }, orderBy: { number: "desc" } });
      // Version 1 (the original import) is written when the first new version arrives.
      if (!last) {
        await tx.sourceVersion.create({
          data: {
            articleId: article.id,
            number: 1,
            title: article.title,
            segments: JSON.stringify(snapshotOf(current)),
            createdById: article.importedBy,
            createdAt: article.createdAt,
          },
        });
      }
      const number = (last?.number ?? 1) + 1;
      const removed = await archiveRemoved(tx, plan.removedIds);
      // Every position is moved out of the way first (negated), so the unique (articleId, position)
      // holds after every statement while the kept segments take their new places.
      await tx.$executeRaw`UPDATE "Segment" SET "position" = -1 - "position" WHERE "articleId" = ${article.id}`;
      await tx.segment.deleteMany({ where: { id: { in: plan.removedIds } } });
      await moveKept(tx, article.id, plan.kept, rows);
      await markChanged(tx, plan.kept, rows, actor);
      // The checks compare a text with its source: a changed source gets its translations checked again.
      for (const s of plan.kept) {
        if (s.change === "changed") await storeSegmentIssues(tx, await computeSegmentIssues(tx, s.id));
      }
      await createAdded(tx, article.id, plan.added);
      await tx.article.update({
        where: { id: article.id },
        data: {
          title: parsed.title,
          byline: parsed.byline,
          ...(parsed.sourceUrl ? { sourceUrl: parsed.sourceUrl } : {}),
          searchText: searchTextOf(
            parsed.title,
            next.map((s) => s.text),
          ),
        },
      });
      const version = await tx.sourceVersion.create({
        data: {
          articleId: article.id,
          number,
          title: parsed.title,
          segments: JSON.stringify(next),
          removed: JSON.stringify(removed),
          stats: JSON.stringify(plan.stats),
          createdById: actor.id,
        },
      });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "article.source-update",
        entityType: "sourceVersion",
        entityId: version.id,
        articleId: article.id,
        data: { format: input.format, version: number, ...plan.stats, ...(via ? { token: via.name } : {}) },
      });
      return { articleId: article.id, version: number, segments: next.length, ...plan.stats };
    },
    { timeout: 60_000 },
  );
}
