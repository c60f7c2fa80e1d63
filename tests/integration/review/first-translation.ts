// The German translation of an article's first segment: where the review tests write.
import { db } from "@/lib/db";

export async function first(articleId: string) {
  return db.translation.findFirstOrThrow({
    where: { articleId, lang: "de" },
    orderBy: { segment: { position: "asc" } },
  });
}
