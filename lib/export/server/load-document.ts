import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type TargetLang, parseSegmentKind, parseTranslationState } from "@/lib/vocabulary";
import type { ExportDocument } from "@/lib/export/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/** The current state of one article language as an export document, marked as a draft. */
export async function loadDraftDocument(
  articleId: string,
  lang: TargetLang,
  client: Client = db,
): Promise<ExportDocument> {
  const article = await client.article.findUnique({
    where: { id: articleId },
    include: {
      segments: { orderBy: { position: "asc" }, include: { translations: { where: { lang } } } },
    },
  });
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  return {
    articleId: article.id,
    title: article.title,
    sourceUrl: article.sourceUrl,
    byline: article.byline,
    lang,
    version: null,
    status: "draft",
    publishedAt: null,
    segments: article.segments.map((s) => {
      const t = s.translations[0];
      return {
        id: s.id,
        position: s.position,
        paragraph: s.paragraph,
        kind: parseSegmentKind(s.kind),
        translatable: s.translatable,
        source: s.sourceText,
        target: t?.text ?? "",
        state: parseTranslationState(t?.state ?? "untranslated"),
      };
    }),
  };
}

/** A published snapshot (the latest when no version is given), exactly as it was published. */
export async function loadPublishedDocument(
  articleId: string,
  lang: TargetLang,
  version?: number,
): Promise<ExportDocument> {
  const publication = await db.publication.findFirst({
    where: { articleId, lang, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
  });
  if (!publication) throw new AppError("PUBLICATION_NOT_FOUND", { lang, version: version ?? 0 });
  return JSON.parse(publication.snapshot) as ExportDocument;
}
