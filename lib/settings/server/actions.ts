import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { saveReviewSettings } from "./review-settings";

export const saveReviewSettingsAction = defineAction({
  permission: "settings.manage",
  input: z.object({ fourEyes: z.boolean(), diacritics: z.enum(["keep", "strip"]) }),
  run: (input, actor) => saveReviewSettings(input, actor),
});
