import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { saveTranslation } from "./save-translation";
import { approveTranslation } from "./approve-translation";
import { rejectTranslation } from "./reject-translation";
import { loadHistory } from "./load-history";
import { restoreRevision } from "./restore-revision";
import { approveMany } from "./approve-many";
import { addComment, listComments } from "./comments";
import { TARGET_LANGS } from "@/lib/articles/kinds";
import { MAX_NOTE_TEXT, MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { cleanText } from "@/lib/text/schema";

// The editor's and the review's mutations, each behind the permission table (lib/action.ts).
// Ids reach database queries: PostgreSQL answers a NUL in one with an error, so they are checked like text.
const id = cleanText(64).min(1);
const version = z.number().int().min(1);
// The one cap on a stored translation (imports, XLIFF and TMX enforce the same), no control characters.
const text = cleanText(MAX_SEGMENT_TEXT);
const note = cleanText(MAX_NOTE_TEXT);
const seconds = z.number().int().min(0).max(86_400).optional();

export const saveTranslationAction = defineAction({
  permission: "translation.edit",
  input: z.object({
    translationId: id,
    expectedVersion: version,
    text,
    confirm: z.literal(false),
    editSeconds: seconds,
  }),
  run: (input, actor) => saveTranslation(input, actor),
});

export const confirmTranslationAction = defineAction({
  permission: "translation.confirm",
  input: z.object({
    translationId: id,
    expectedVersion: version,
    text,
    confirm: z.literal(true),
    editSeconds: seconds,
  }),
  run: (input, actor) => saveTranslation(input, actor),
});

export const approveTranslationAction = defineAction({
  permission: "translation.approve",
  input: z.object({
    translationId: id,
    expectedVersion: version,
    text: text.optional(),
    editSeconds: seconds,
    overrideReason: note.optional(),
  }),
  run: (input, actor) => approveTranslation(input, actor),
});

export const rejectTranslationAction = defineAction({
  permission: "translation.reject",
  input: z.object({ translationId: id, expectedVersion: version, reason: note }),
  run: (input, actor) => rejectTranslation(input, actor),
});

export const loadHistoryAction = defineAction({
  permission: "article.read",
  input: z.object({ translationId: id }),
  run: (input) => loadHistory(input.translationId),
});

export const restoreRevisionAction = defineAction({
  permission: "translation.edit",
  input: z.object({ translationId: id, version, expectedVersion: version }),
  run: (input, actor) => restoreRevision(input, actor),
});

export const approveManyAction = defineAction({
  permission: "translation.approve",
  input: z.object({
    items: z
      .array(z.object({ translationId: id, expectedVersion: version }))
      .min(1)
      .max(1_000),
  }),
  run: (input, actor) => approveMany(input, actor),
});

export const listCommentsAction = defineAction({
  permission: "article.read",
  input: z.object({ segmentId: id, lang: z.enum(TARGET_LANGS) }),
  run: (input) => listComments(input),
});

export const addCommentAction = defineAction({
  permission: "comment.create",
  input: z.object({ segmentId: id, lang: z.enum(TARGET_LANGS), body: note }),
  run: (input, actor) => addComment(input, actor),
});
