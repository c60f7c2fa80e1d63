import "server-only";
import { db } from "@/lib/db";
import { rowsNotices } from "@/lib/live/events";
import type { StepResult } from "@/lib/review/types";
import type { Actor } from "@/lib/vocabulary";
import { sendNotice } from "./send-notice";

/**
 * Tells the open editors of an article that rows were committed. Called after the transaction, never
 * inside it (a rolled-back change must not be announced), and never failing the change it announces: a
 * lost notice costs a live update, which the editor's next reconnect or reload makes good.
 */
export async function publishRows(articleId: string, rows: readonly string[], actor: Actor): Promise<void> {
  try {
    for (const notice of rowsNotices(articleId, rows, actor)) await sendNotice(notice);
  } catch (error) {
    console.error("[live] could not announce a change", articleId, error);
  }
}

/** A committed step (save, confirm, approve, reject, restore) and the repeats it filled. */
export async function publishStep(result: StepResult, actor: Actor, articleId?: string): Promise<void> {
  const rows = [result.id, ...(result.repeats?.changes ?? []).flatMap((c) => (c.patch.id ? [c.patch.id] : []))];
  let article = articleId;
  try {
    if (!article) {
      const row = await db.translation.findUnique({ where: { id: result.id }, select: { articleId: true } });
      article = row?.articleId;
    }
  } catch (error) {
    // Called without await after the commit: a failed read must not become an unhandled rejection.
    console.error("[live] could not find the article of a change", result.id, error);
    return;
  }
  if (article) await publishRows(article, rows, actor);
}
