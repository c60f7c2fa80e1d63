"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importXliffAction, publishArticleAction } from "@/lib/export/server/actions";

export async function publish(input: { articleId: string; lang: string }) {
  return publishArticleAction(input, await currentActor());
}

export async function importXliff(input: { articleId: string; content: string }) {
  return importXliffAction(input, await currentActor());
}
