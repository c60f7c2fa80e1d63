import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { pacer } from "@/lib/yield";
import { type Actor, TARGET_LANGS } from "@/lib/vocabulary";
import type { PreparedArticle, PreparedSegment } from "@/lib/articles/prepare-import";
import { searchTextOf } from "@/lib/articles/search-text";
import { recordEvent } from "@/lib/audit/server/record-event";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";
import { writeSlice } from "./write-slice";

/** An import still being written; never listed. One older than this was cut off by a crash. */
export const IMPORTING = "importing";
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** The CMS token an import came through (named in an `api.import` audit row). */
export type ImportVia = { tokenId: string; name: string; prefix: string };

/**
 * Writes a prepared article so that nobody waits for it and nobody sees half of it: the article row is
 * created hidden (state "importing"), its rows go in in short statements, and ONE short transaction
 * makes it visible together with its audit row. Any failure deletes the article, and with it (cascade)
 * every row written so far.
 */
export async function writeImportedArticle(
  prepared: Omit<PreparedArticle, "items">,
  slices: AsyncIterable<PreparedSegment[]>,
  meta: { format: string; actor: Actor; via?: ImportVia },
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
      // Through the CMS API: which token, in the same transaction as the article it brought.
      if (meta.via) {
        await recordEvent(tx, {
          actorId: actor.id,
          action: "api.import",
          entityType: "apiToken",
          entityId: meta.via.tokenId,
          articleId,
          data: { token: meta.via.name, tokenPrefix: meta.via.prefix, segments },
        });
      }
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
