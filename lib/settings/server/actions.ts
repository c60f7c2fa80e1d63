import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { saveReviewSettings } from "./review-settings";
import { saveMemoryFillSettings } from "./memory-fill-settings";
import { FUZZY_FILL_THRESHOLDS } from "@/lib/translation/memory-fill";

export const saveReviewSettingsAction = defineAction({
  permission: "settings.manage",
  input: z.object({ fourEyes: z.boolean(), diacritics: z.enum(["keep", "strip"]) }),
  run: (input, actor) => saveReviewSettings(input, actor),
});

const threshold = z.number().refine((n) => (FUZZY_FILL_THRESHOLDS as readonly number[]).includes(n));

export const saveMemoryFillSettingsAction = defineAction({
  permission: "settings.manage",
  input: z.object({ fuzzyThreshold: threshold.nullable() }),
  run: (input, actor) => saveMemoryFillSettings(input, actor),
});
