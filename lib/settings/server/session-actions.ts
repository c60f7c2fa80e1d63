"use server";
// The review settings as the admin page calls them: bound to the signed-in user (lib/settings/server/actions.ts).
import { sessionAction } from "@/lib/auth/server/session-action";
import { saveMemoryFillSettingsAction, saveReviewSettingsAction } from "./actions";

export const saveReviewSettings = sessionAction(saveReviewSettingsAction);
export const saveMemoryFillSettings = sessionAction(saveMemoryFillSettingsAction);
