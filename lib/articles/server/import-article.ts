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

/** What an import request carries, in the workbench and through the CMS API. */
export const importRequest = z.object({ format: z.enum(IMPORT_FORMATS), content: z.string() });
export type ImportInput = z.infer<typeof importRequest>;

/**
 * Parses, segments and checks the file first — in a worker thread when it is big, and before anything
 * is written, so a bad file fails with its code and changes nothing — then writes it hidden and makes
 * it visible at once (write-article.ts). Other users keep working meanwhile.
 */
export async function importArticle(
  input: ImportInput,
  actor: Actor,
  via?: ImportVia,
): Promise<{ articleId: string; segments: number }> {
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
  return written;
}
