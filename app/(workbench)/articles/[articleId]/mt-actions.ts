"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import {
  findMemoryMatchesAction,
  getMtStatusAction,
  startMachineTranslationAction,
} from "@/lib/translation/server/actions";

// Thin bindings for machine translation and the memory: the session's actor + the browser's input.
export async function startMachineTranslation(input: { articleId: string }) {
  return startMachineTranslationAction(input, await currentActor());
}

export async function getMtStatus(input: { articleId: string; since?: string | null }) {
  return getMtStatusAction(input, await currentActor());
}

export async function findMemoryMatches(input: { segmentId: string }) {
  return findMemoryMatchesAction(input, await currentActor());
}
