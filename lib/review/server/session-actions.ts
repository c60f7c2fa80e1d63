"use server";
// The editor's and the review's actions as the browser calls them: bound to the signed-in user, input
// typed from each action's zod schema (lib/review/server/actions.ts, where integration tests call them).
import type { ActionInput } from "@/lib/action";
import { currentActor } from "@/lib/auth/server/current-actor";
import { sessionAction } from "@/lib/auth/server/session-action";
import * as review from "./actions";

type SaveInput = ActionInput<typeof review.saveTranslationAction> | ActionInput<typeof review.confirmTranslationAction>;

/** A save, or a save that also confirms: the two have their own permissions. */
export async function saveTranslation(input: SaveInput) {
  const actor = await currentActor();
  return input.confirm ? review.confirmTranslationAction(input, actor) : review.saveTranslationAction(input, actor);
}

export const approveTranslation = sessionAction(review.approveTranslationAction);
export const rejectTranslation = sessionAction(review.rejectTranslationAction);
export const loadHistory = sessionAction(review.loadHistoryAction);
export const restoreRevision = sessionAction(review.restoreRevisionAction);
export const approveMany = sessionAction(review.approveManyAction);
export const listComments = sessionAction(review.listCommentsAction);
export const addComment = sessionAction(review.addCommentAction);
