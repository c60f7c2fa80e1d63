// What the hygiene tests compare before and after a refused write: every table a write could touch.
import { db } from "@/lib/db";

export async function everything() {
  const [articles, segments, translations, revisions, comments, terms, memory, audit] = await Promise.all([
    db.article.count(),
    db.segment.count(),
    db.translation.count(),
    db.revision.count(),
    db.comment.count(),
    db.glossaryTerm.count(),
    db.tmEntry.count(),
    db.auditEvent.count(),
  ]);
  return { articles, segments, translations, revisions, comments, terms, memory, audit };
}

export async function germanTitle(articleId: string) {
  return db.translation.findFirstOrThrow({
    where: { articleId, lang: "de" },
    orderBy: { segment: { position: "asc" } },
  });
}
