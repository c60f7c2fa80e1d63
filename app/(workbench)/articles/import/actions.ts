"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importArticleAction } from "@/lib/articles/server/actions";
import { startMachineTranslationAction } from "@/lib/translation/server/actions";

/**
 * Imports (form fields `format`, `content`, `translate`: multipart, so the text is not JSON-encoded on
 * the way); with `translate`, then queues machine translation (its own permission check and result).
 */
export async function importArticle(form: FormData) {
  const actor = await currentActor();
  const imported = await importArticleAction({ format: form.get("format"), content: form.get("content") }, actor);
  if (!imported.ok || form.get("translate") !== "1") return { ...imported, mt: null };
  return { ...imported, mt: await startMachineTranslationAction({ articleId: imported.data.articleId }, actor) };
}
