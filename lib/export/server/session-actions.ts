"use server";
// Publishing and the XLIFF round trip as the publish page calls them: bound to the signed-in user, input
// typed from each action's zod schema (lib/export/server/actions.ts).
import { sessionAction, sessionFormAction } from "@/lib/auth/server/session-action";
import { importXliffAction, publishArticleAction } from "./actions";

export const publish = sessionAction(publishArticleAction);
/** Form fields `articleId` and `file` (the XLIFF file itself, uploaded as multipart). */
export const importXliff = sessionFormAction(importXliffAction, { articleId: "articleId", content: "file" });
