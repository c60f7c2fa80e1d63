import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { pacer } from "@/lib/yield";
import { type Actor, TARGET_LANGS } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedArticle, PreparedSegment } from "@/lib/articles/prepare-import";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { finishImport, importSearchText, type ImportVia } from "./finish-import";
import { writeSlice } from "./write-slice";

export type { ImportVia };

/** An import still being written; never listed. One older than this was cut off by a crash. */
export const IMPORTING = "importing";
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

type Meta = { format: string; actor: Actor; via?: ImportVia };
type Prepared = Omit<PreparedArticle, "items">;

/**
 * Writes a prepared article so that nobody waits for it and nobody sees half of it. `whole` (an upload
 * parsed inline, at most 64 KB): ONE transaction with multi-row INSERTs as large as the parameter limit
 * allows — about the database's own speed, and short enough to hold the connection. Otherwise (a big
 * upload, its rows arriving from a worker a slice at a time): the article row is created hidden (state
 * "importing"), its rows go in in short paced statements, and ONE short transaction makes it visible
 * together with its audit row; any failure deletes the article, and with it (cascade) every row so far.
 */
export async function writeImportedArticle(
  prepared: Prepared,
  slices: AsyncIterable<PreparedSegment[]>,
  meta: Meta & { whole?: boolean },
): Promise<{ articleId: string; segments: number }> {
  const articleId = randomUUID();
  const now = new Date();
  // Any import sweeps what a crashed big import left behind (hidden, older than an hour).
  await db.article.deleteMany({
    where: { state: IMPORTING, createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
  });
  if (meta.whole) return writeWhole(articleId, prepared, slices, meta);
  await db.$transaction((tx) => createArticle(tx, articleId, prepared, meta.actor, { state: IMPORTING }));
  let segments = 0,
    translations = 0;
  const rest = pacer(); // one pace for the whole import: decoding slices and building rows count too
  // The imported texts' effort joins the Effort page's day sums when the article becomes visible.
  const effort: EffortChange[] = [];
  const sources: string[] = []; // the search text, bounded by the import's own size limit
  try {
    for await (const slice of slices) {
      for (const s of slice) sources.push(s.text);
      translations += await writeSlice(articleId, slice, { actor: meta.actor, now, rest, effort });
      segments += slice.length;
    }
    const counts = { segments, translations };
    const searchText = importSearchText(prepared.title, sources);
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: articleId }, data: { state: "active", searchText } });
      await finishImport(tx, { articleId, effort, counts, meta });
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

/** A small import in one transaction: everything or nothing, no clean-up needed. */
async function writeWhole(
  articleId: string,
  prepared: Prepared,
  slices: AsyncIterable<PreparedSegment[]>,
  meta: Meta,
): Promise<{ articleId: string; segments: number }> {
  const all: PreparedSegment[] = [];
  for await (const slice of slices) all.push(...slice);
  const searchText = importSearchText(
    prepared.title,
    all.map((s) => s.text),
  );
  const effort: EffortChange[] = [];
  const now = new Date();
  await db.$transaction(async (tx) => {
    await createArticle(tx, articleId, prepared, meta.actor, { state: "active", searchText });
    // No rest between statements: resting inside the transaction would only hold it open longer.
    const options = { actor: meta.actor, now, rest: async () => {}, effort, tx };
    const translations = await writeSlice(articleId, all, options);
    const counts = { segments: all.length, translations };
    await finishImport(tx, { articleId, effort, counts, meta });
  });
  return { articleId, segments: all.length };
}

async function createArticle(
  tx: Prisma.TransactionClient,
  articleId: string,
  prepared: Prepared,
  actor: Actor,
  visibility: { state: string; searchText?: string },
) {
  await tx.article.create({
    data: {
      id: articleId,
      title: prepared.title,
      sourceUrl: prepared.sourceUrl,
      byline: prepared.byline,
      importedBy: actor.id,
      ...visibility,
    },
    select: { id: true },
  });
  await tx.articleLanguage.createMany({ data: TARGET_LANGS.map((lang) => ({ articleId, lang })) });
}
