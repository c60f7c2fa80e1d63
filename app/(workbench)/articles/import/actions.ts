"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importArticleAction } from "@/lib/articles/server/actions";
import { startMachineTranslationAction } from "@/lib/translation/server/actions";

/** Imports; with `translate`, then queues machine translation (its own permission check and result). */
export async function importArticle(input: { format: string; content: string; translate?: boolean }) {
  const actor = await currentActor();
  const imported = await importArticleAction({ format: input.format, content: input.content }, actor);
  if (!imported.ok || !input.translate) return { ...imported, mt: null };
  return { ...imported, mt: await startMachineTranslationAction({ articleId: imported.data.articleId }, actor) };
}
