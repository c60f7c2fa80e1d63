import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { cleanText } from "@/lib/text/schema";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { dueDay } from "@/lib/assignments/deadline";
import { setAssignment } from "./set-assignment";

// Ids reach database queries: checked like text (no NUL for PostgreSQL). An empty choice means "nobody".
const id = cleanText(64).min(1);
const person = z.union([id, z.literal("").transform(() => null), z.null()]);

export const setAssignmentAction = defineAction({
  permission: "assignment.manage",
  input: z.object({
    articleId: id,
    lang: z.enum(TARGET_LANGS),
    translatorId: person,
    reviewerId: person,
    dueAt: z.union([dueDay, z.literal("").transform(() => null), z.null()]),
  }),
  run: (input, actor) => setAssignment(input, actor),
});
