// The untranslated German rows of an article, in reading order: where the four-eyes tests write.
import { db } from "@/lib/db";

export async function untranslatedRows(articleId: string) {
  return db.translation.findMany({
    where: { articleId, lang: "de", state: "untranslated" },
    orderBy: { segment: { position: "asc" } },
  });
}
