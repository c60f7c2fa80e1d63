import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { insertRows } from "@/lib/db-insert";
import { pacer } from "@/lib/yield";
import type { Actor } from "@/lib/action";
import { TARGET_LANGS } from "@/lib/articles/kinds";
import type { PreparedArticle, PreparedSegment } from "@/lib/articles/prepare-import";
import { searchTextOf } from "@/lib/articles/search-text";
import { recordEvent } from "@/lib/audit/server/record-event";
import { importedEffort } from "@/lib/review/effort-fields";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";

/** An import still being written; never listed. One older than this was cut off by a crash. */
export const IMPORTING = "importing";
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

const SEGMENT_COLUMNS = ["id", "articleId", "position", "paragraph", "kind", "translatable", "sourceText"] as const;
const TRANSLATION_COLUMNS = [
  "id",
  "segmentId",
  "articleId",
  "lang",
  "text",
  "state",
  "origin",
  "machineText",
  "issues",
  "errorCount",
  "warningCount",
  "updatedById",
  "textAuthorId",
  "updatedAt",
  "effortEdits",
  "effortHter",
  "effortWords",
  "effortBaseWords",
  "effortAt",
  "effortDay",
] as const;
const REVISION_COLUMNS = [
  "id",
  "translationId",
  "version",
  "text",
  "state",
  "origin",
  "action",
  "authorId",
  "createdAt",
] as const;

/**
 * Writes a prepared article so that nobody waits for it and nobody sees half of it: the article row is
 * created hidden (state "importing"), its rows go in in short statements, and ONE short transaction
 * makes it visible together with its audit row. Any failure deletes the article, and with it (cascade)
 * every row written so far.
 */
export async function writeImportedArticle(
  prepared: Omit<PreparedArticle, "items">,
  slices: AsyncIterable<PreparedSegment[]>,
  meta: { format: string; actor: Actor },
): Promise<{ articleId: string; segments: number }> {
  const { actor } = meta;
  const articleId = randomUUID();
  const now = new Date();
  await db.article.deleteMany({
    where: { state: IMPORTING, createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
  });
  await db.$transaction([
    db.article.create({
      data: {
        id: articleId,
        title: prepared.title,
        sourceUrl: prepared.sourceUrl,
        byline: prepared.byline,
        importedBy: actor.id,
        state: IMPORTING,
      },
    }),
    db.articleLanguage.createMany({ data: TARGET_LANGS.map((lang) => ({ articleId, lang })) }),
  ]);
  let segments = 0,
    translations = 0;
  const rest = pacer(); // one pace for the whole import: decoding slices and building rows count too
  // The imported texts' effort joins the Effort page's day sums when the article becomes visible.
  const effort: EffortChange[] = [];
  const sources: string[] = []; // the search text, bounded by the import's own size limit
  try {
    for await (const slice of slices) {
      for (const s of slice) sources.push(s.text);
      const written = await writeSlice(articleId, slice, { actor, now, rest, effort });
      segments += slice.length;
      translations += written;
    }
    await db.$transaction(async (tx) => {
      const searchText = searchTextOf(prepared.title, sources);
      await tx.article.update({ where: { id: articleId }, data: { state: "active", searchText } });
      await shiftEffortDays(tx, effort);
      await recordEvent(tx, {
        actorId: actor.id,
        action: "article.import",
        entityType: "article",
        entityId: articleId,
        articleId,
        data: { format: meta.format, segments, translations },
      });
    });
  } catch (error) {
    await db.article.deleteMany({ where: { id: articleId } }).catch((cleanup: unknown) => {
      console.error(
        "[import] could not remove a failed import; it stays hidden and is removed later",
        articleId,
        cleanup,
      );
    });
    throw error;
  }
  return { articleId, segments };
}

/** One slice of segments with their translations and the revisions of imported text; returns how many were imported. */
async function writeSlice(
  articleId: string,
  slice: PreparedSegment[],
  { actor, now, rest, effort }: { actor: Actor; now: Date; rest: () => Promise<void>; effort: EffortChange[] },
): Promise<number> {
  const segments = slice.map((s) => ({ ...s, id: randomUUID() }));
  await insertRows(
    db,
    "Segment",
    SEGMENT_COLUMNS,
    segments.map((s) => [s.id, articleId, s.position, s.paragraph, s.kind, s.translatable, s.text]),
    rest,
  );
  const translations = segments.flatMap((s) =>
    TARGET_LANGS.flatMap((lang) => {
      const t = s.targets[lang];
      return t ? [{ ...t, id: randomUUID(), segmentId: s.id, lang }] : [];
    }),
  );
  // The importer vouches for imported text: the four-eyes rule keeps them from approving it.
  const rows = translations.map((t) => {
    // Untranslated rows have no effort to store (effortAt stays null, as for any empty text).
    const e = t.text ? importedEffort(t.text, now) : null;
    if (e) effort.push({ lang: t.lang, before: null, after: { ...e, editSeconds: 0 } });
    return [
      t.id,
      t.segmentId,
      articleId,
      t.lang,
      t.text,
      t.text ? "draft" : "untranslated",
      t.text ? "import" : "none",
      t.text || null,
      t.issues,
      t.errorCount,
      t.warningCount,
      t.text ? actor.id : null,
      t.text ? actor.id : null,
      now,
      e?.effortEdits ?? null,
      e?.effortHter ?? null,
      e?.effortWords ?? 0,
      e?.effortBaseWords ?? null,
      e?.effortAt ?? null,
      e?.effortDay ?? null,
    ];
  });
  await insertRows(db, "Translation", TRANSLATION_COLUMNS, rows, rest);
  const imported = translations.filter((t) => t.text);
  await insertRows(
    db,
    "Revision",
    REVISION_COLUMNS,
    imported.map((t) => [randomUUID(), t.id, 1, t.text, "draft", "import", "import", actor.id, now]),
    rest,
  );
  return imported.length;
}
