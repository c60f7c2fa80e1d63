import "server-only";
import { z } from "zod";
import { TARGET_LANGS, type Actor } from "@/lib/vocabulary";
import { sendNotice } from "./send-notice";

export const presenceInput = z.object({
  clientId: z.string().min(8).max(64),
  segmentId: z.string().min(1).max(64).nullable(),
  lang: z.enum(TARGET_LANGS).nullable(),
  typing: z.boolean(),
});

/** An open editor moved to another cell or started/stopped typing: every instance hears it. */
export async function movePresence(articleId: string, input: z.infer<typeof presenceInput>, actor: Actor) {
  await sendNotice({ kind: "presence", articleId, userId: actor.id, name: actor.name, left: false, ...input });
}
