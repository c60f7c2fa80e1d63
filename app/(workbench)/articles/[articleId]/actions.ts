"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import {
  addCommentAction,
  approveManyAction,
  approveTranslationAction,
  confirmTranslationAction,
  listCommentsAction,
  loadHistoryAction,
  rejectTranslationAction,
  restoreRevisionAction,
  saveTranslationAction,
} from "@/lib/review/server/actions";

// Thin bindings: the session's actor + the browser's input → the permission-checked action.
export async function saveTranslation(input: {
  translationId: string;
  expectedVersion: number;
  text: string;
  confirm: boolean;
  editSeconds?: number;
}) {
  const actor = await currentActor();
  return input.confirm ? confirmTranslationAction(input, actor) : saveTranslationAction(input, actor);
}

export async function approveTranslation(input: {
  translationId: string;
  expectedVersion: number;
  text?: string;
  overrideReason?: string;
}) {
  return approveTranslationAction(input, await currentActor());
}

export async function rejectTranslation(input: { translationId: string; expectedVersion: number; reason: string }) {
  return rejectTranslationAction(input, await currentActor());
}

export async function loadHistory(input: { translationId: string }) {
  return loadHistoryAction(input, await currentActor());
}

export async function restoreRevision(input: { translationId: string; version: number; expectedVersion: number }) {
  return restoreRevisionAction(input, await currentActor());
}

export async function approveMany(input: { items: { translationId: string; expectedVersion: number }[] }) {
  return approveManyAction(input, await currentActor());
}

export async function listComments(input: { segmentId: string; lang: string }) {
  return listCommentsAction(input, await currentActor());
}

export async function addComment(input: { segmentId: string; lang: string; body: string }) {
  return addCommentAction(input, await currentActor());
}
