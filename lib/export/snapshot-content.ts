// Two publications of the same text are one publication: what a snapshot says, without when and as which
// version it was published (publishing twice must not create a version nor announce it to the CMS again).
import type { ExportDocument } from "./types";

/** The snapshot's content as a canonical string (fixed key order, no version, status or timestamp). */
export function snapshotContent(doc: ExportDocument): string {
  return JSON.stringify({
    articleId: doc.articleId,
    title: doc.title,
    sourceUrl: doc.sourceUrl,
    byline: doc.byline,
    lang: doc.lang,
    segments: doc.segments.map((s) => [
      s.id,
      s.position,
      s.paragraph,
      s.kind,
      s.translatable,
      s.source,
      s.target,
      s.state,
    ]),
  });
}

export function sameContent(a: ExportDocument, b: ExportDocument): boolean {
  return snapshotContent(a) === snapshotContent(b);
}
