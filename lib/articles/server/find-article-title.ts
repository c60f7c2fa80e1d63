import "server-only";
import { db } from "@/lib/db";

/** A visible article's id and title (the import page in update mode), or null. */
export async function findArticleTitle(articleId: string): Promise<{ id: string; title: string } | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, state: true },
  });
  return article && article.state !== "importing" ? { id: article.id, title: article.title } : null;
}
