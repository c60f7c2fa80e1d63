"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importXliffAction, publishArticleAction } from "@/lib/export/server/actions";

export async function publish(input: { articleId: string; lang: string }) {
  return publishArticleAction(input, await currentActor());
}

/** Form fields `articleId` and `file` (the XLIFF file itself, uploaded as multipart). */
export async function importXliff(form: FormData) {
  return importXliffAction({ articleId: form.get("articleId"), content: form.get("file") }, await currentActor());
}
