"use server";
import { currentActor } from "@/lib/auth/server/current-actor";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/cms/server/actions";
import type { TokenScope } from "@/lib/cms/tokens";

// Thin bindings for the tokens page: actor from the session, then the action (which checks token.manage).
export async function createApiToken(input: { name: string; scopes: TokenScope[]; webhookUrl?: string | null }) {
  return createApiTokenAction(input, await currentActor());
}

export async function revokeApiToken(input: { id: string }) {
  return revokeApiTokenAction(input, await currentActor());
}
