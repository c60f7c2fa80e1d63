"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importXliffAction, publishArticleAction } from "@/lib/export/server/actions";
import { formField } from "@/lib/uploads/form-field";

export async function publish(input: { articleId: string; lang: string }) {
  return publishArticleAction(input, await currentActor());
}

/** Form fields `articleId` and `file` (the XLIFF file itself, uploaded as multipart). */
export async function importXliff(form: FormData) {
  return importXliffAction(
    { articleId: formField(form, "articleId"), content: formField(form, "file") },
    await currentActor(),
  );
}
