"use server";
// My work's actions as the browser calls them, bound to the signed-in user (lib/queue/server/actions.ts).
import { sessionAction } from "@/lib/auth/server/session-action";
import * as queue from "./actions";

export const findNextQueued = sessionAction(queue.findNextQueuedAction);
