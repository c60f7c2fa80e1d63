import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { cleanText } from "@/lib/text/schema";
import { findNextQueued } from "./load-my-work";

/** Where Ctrl+Enter goes after the last open segment of an article: the next article in My work. */
export const findNextQueuedAction = defineAction({
  permission: "article.read",
  input: z.object({ articleId: cleanText(64).min(1) }),
  run: ({ articleId }, actor) => findNextQueued(actor, articleId),
});
