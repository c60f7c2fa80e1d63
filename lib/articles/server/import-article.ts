import "server-only";
import { db } from "@/lib/db";
import type { ImportFormat } from "@/lib/articles/parse-import";
import type { Actor } from "@/lib/action";
import { loadCheckOptions } from "@/lib/quality/server/check-options";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { runSlicedTask } from "@/lib/worker/run-task";
import { writeImportedArticle } from "./write-article";

export type ImportInput = { format: ImportFormat; content: string };

/**
 * Parses, segments and checks the file first — in a worker thread when it is big, and before anything
 * is written, so a bad file fails with its code and changes nothing — then writes it hidden and makes
 * it visible at once (write-article.ts). Other users keep working meanwhile.
 */
export async function importArticle(
  input: ImportInput,
  actor: Actor,
): Promise<{ articleId: string; segments: number }> {
  assertUploadSize(input.content, "article"); // before the text travels to a worker only to be refused there
  const options = await loadCheckOptions(db);
  const run = await runSlicedTask(
    "article",
    [{ format: input.format, content: input.content }, options],
    input.content.length,
  );
  try {
    return await writeImportedArticle(run.head, run.slices, { format: input.format, actor });
  } finally {
    run.close();
  }
}
