"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { importArticleAction } from "@/lib/articles/server/actions";

export async function importArticle(input: { format: string; content: string }) {
  return importArticleAction(input, await currentActor());
}
