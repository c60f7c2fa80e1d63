// JSON export: the lossless format. It carries every segment (boilerplate included, flagged by kind) for
// systems that want to re-process, plus the same reading blocks the HTML shows for systems that only
// want to display. Schema is versioned so a CMS can detect changes.
import { toBlocks } from "../blocks";
import { isDraft } from "../labels";
import type { ExportDocument } from "../types";

export const JSON_EXPORT_SCHEMA = "duyet.export/1";

export function renderJson(doc: ExportDocument): string {
  const segments = [...doc.segments]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      position: s.position,
      paragraph: s.paragraph,
      kind: s.kind,
      translatable: s.translatable,
      source: s.source.normalize("NFC"),
      target: s.target.normalize("NFC"),
      state: s.state,
    }));
  const blocks = toBlocks(doc).map((b) => ({
    kind: b.kind,
    text: b.text,
    segmentIds: b.parts.map((p) => p.segmentId).filter((id) => id !== ""),
    ...(b.parts.some((p) => p.untranslated) ? { untranslated: true } : {}),
  }));
  const payload = {
    schema: JSON_EXPORT_SCHEMA,
    articleId: doc.articleId,
    sourceLang: "vi",
    lang: doc.lang,
    status: isDraft(doc) ? "draft" : "published",
    version: doc.version,
    publishedAt: doc.publishedAt,
    title: doc.title.normalize("NFC"),
    sourceUrl: doc.sourceUrl,
    byline: doc.byline,
    blocks,
    segments,
  };
  // JSON.stringify escapes quotes, backslashes and control characters; lone surrogates become \uXXXX.
  return `${JSON.stringify(payload, null, 2)}\n`;
}
