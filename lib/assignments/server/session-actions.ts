"use server";
// Assignment changes as the browser calls them, bound to the signed-in user (lib/assignments/server/actions.ts).
import { sessionAction } from "@/lib/auth/server/session-action";
import * as assignments from "./actions";

export const setAssignment = sessionAction(assignments.setAssignmentAction);
