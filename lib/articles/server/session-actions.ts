"use server";
// The import form's action: bound to the signed-in user (lib/articles/server/actions.ts).
import { currentActor } from "@/lib/auth/server/current-actor";
import { startMachineTranslationAction } from "@/lib/translation/server/actions";
import { formField } from "@/lib/uploads/form-field";
import { importArticleAction, updateArticleSourceAction } from "./actions";

/**
 * Imports (form fields `format`, `content`, `fillFromMemory`, `translate`: multipart, so the text is not
 * JSON-encoded on the way); with `translate`, then queues machine translation (its own permission check and
 * result). The memory fill is on unless the form says "0" (the box is ticked by default).
 */
export async function importArticle(form: FormData) {
  const actor = await currentActor();
  const fillFromMemory = formField(form, "fillFromMemory") !== "0";
  const imported = await importArticleAction(
    { format: formField(form, "format"), content: formField(form, "content"), fillFromMemory },
    actor,
  );
  if (!imported.ok || formField(form, "translate") !== "1") return { ...imported, mt: null };
  return { ...imported, mt: await startMachineTranslationAction({ articleId: imported.data.articleId }, actor) };
}

/** A new version of an article's source (form fields `articleId`, `format`, `content`). */
export async function updateArticleSource(form: FormData) {
  const actor = await currentActor();
  return updateArticleSourceAction(
    { articleId: formField(form, "articleId"), format: formField(form, "format"), content: formField(form, "content") },
    actor,
  );
}
