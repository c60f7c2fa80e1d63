"use server";
// API tokens and webhook hosts as the admin pages call them: bound to the signed-in user, input typed
// from each action's zod schema (lib/cms/server/actions.ts).
import { sessionAction } from "@/lib/auth/server/session-action";
import * as cms from "./actions";

export const createApiToken = sessionAction(cms.createApiTokenAction);
export const revokeApiToken = sessionAction(cms.revokeApiTokenAction);
export const saveWebhookHosts = sessionAction(cms.saveWebhookHostsAction);
