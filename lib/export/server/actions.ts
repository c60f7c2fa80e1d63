import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { EXPORT_FORMATS } from "@/lib/export/types";
import { publishArticle } from "@/lib/publishing/server/publish-article";
import { exportArticle } from "@/lib/publishing/server/export-article";
import { importXliff } from "./import-xliff";
import { readUpload } from "@/lib/uploads/server/read-upload";

const articleId = z.string().min(1).max(64);
const lang = z.enum(TARGET_LANGS);

export const publishArticleAction = defineAction({
  permission: "article.publish",
  // The override revisions the publisher confirmed on the publish page (lib/publishing/overrides.ts).
  input: z.object({ articleId, lang, confirmedOverrides: z.array(z.string().min(1).max(64)).max(5000).default([]) }),
  run: (input, actor) => publishArticle(input, actor),
});

export const createExportAction = defineAction({
  permission: "article.export",
  input: z.object({
    articleId,
    lang,
    format: z.enum(EXPORT_FORMATS),
    version: z.union([z.literal("draft"), z.literal("latest"), z.coerce.number().int().min(1)]),
  }),
  run: (input, actor) => exportArticle(input, actor),
});

// The file as uploaded (multipart, never JSON-encoded), or its text.
export const importXliffAction = defineAction({
  permission: "translation.edit",
  input: z.object({ articleId, content: z.union([z.string(), z.instanceof(File)]) }),
  run: async (input, actor) =>
    importXliff({ articleId: input.articleId, content: await readUpload(input.content, "xliff") }, actor),
});
