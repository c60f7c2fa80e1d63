import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { IMPORT_FORMATS } from "@/lib/articles/import-formats";
import { cachedCheckOptions, readChecksVersion } from "@/lib/quality/server/check-options";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { runSlicedTask, WORKER_THRESHOLD_BYTES } from "@/lib/worker/run-task";
import { writeImportedArticle, type ImportVia } from "./write-article";
import { applyXliffArticleExtras } from "./xliff-extras";
import { fillFromMemory } from "@/lib/translation/server/fill-from-memory";

/**
 * What an import request carries, in the workbench and through the CMS API. `fillFromMemory` (the import
 * page's ticked box, the API's default) fills untranslated segments from the memory right after the import.
 */
export const importRequest = z.object({
  format: z.enum(IMPORT_FORMATS),
  content: z.string(),
  fillFromMemory: z.boolean().default(true),
});
/** A service caller that says nothing about the memory gets no fill (the boundaries above default to true). */
export type ImportInput = z.input<typeof importRequest>;
export type ImportResult = { articleId: string; segments: number; memory: { exact: number; fuzzy: number } | null };

/**
 * Parses, segments and checks the file first — in a worker thread when it is big, and before anything
 * is written, so a bad file fails with its code and changes nothing — then writes it hidden and makes
 * it visible at once (write-article.ts). Other users keep working meanwhile.
 */
export async function importArticle(input: ImportInput, actor: Actor, via?: ImportVia): Promise<ImportResult> {
  assertUploadSize(input.content, "article"); // before the text travels to a worker only to be refused there
  const options = await cachedCheckOptions(db, await readChecksVersion(db));
  const run = await runSlicedTask(
    "article",
    [{ format: input.format, content: input.content }, options],
    input.content.length,
  );
  let written: { articleId: string; segments: number };
  try {
    // Parsed inline (small): written in one transaction; from a worker (big): in paced slices.
    const whole = input.content.length < WORKER_THRESHOLD_BYTES;
    written = await writeImportedArticle(run.head, run.slices, { format: input.format, actor, via, whole });
  } finally {
    run.close();
  }
  // An XLIFF's signed-off targets and notes need the written rows (states go through the review rules).
  if (input.format === "xliff") await applyXliffArticleExtras(written.articleId, input.content, actor);
  // Its own transaction with its own audit row, once the article is visible: only what is still untranslated.
  if (!input.fillFromMemory) return { ...written, memory: null };
  const { exact, fuzzy } = await fillFromMemory({ articleId: written.articleId }, actor, "import");
  return { ...written, memory: { exact, fuzzy } };
}
