import "server-only";
import { db } from "@/lib/db";
import { parseImport } from "@/lib/articles/parse-import";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import type { ImportInput } from "./import-article";

/**
 * The article an import file is a new version of: the oldest visible article with the file's source
 * URL (indexed), or null when the file names none or no article has it. Parses the file (at most 1 MB);
 * a file that does not parse answers null and fails with its code in the import.
 */
export async function findArticleBySourceUrl(input: ImportInput): Promise<string | null> {
  assertUploadSize(input.content, "article"); // an oversized file is refused before it is parsed here
  let sourceUrl: string | null;
  try {
    sourceUrl = parseImport(input).sourceUrl;
  } catch {
    return null;
  }
  if (!sourceUrl) return null;
  const article = await db.article.findFirst({
    where: { sourceUrl, state: { not: "importing" } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return article?.id ?? null;
}
