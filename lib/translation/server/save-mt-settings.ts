import "server-only";
import { writeSetting } from "@/lib/settings/server/write-setting";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import type { TranslationSettings } from "@/lib/translation";
import { MT_SETTINGS_KEY } from "./load-mt-settings";

/** English variant and German formality for every later MT run (running jobs keep what they started with). */
export async function saveMtSettings(input: TranslationSettings, actor: Actor): Promise<TranslationSettings> {
  const value: TranslationSettings = { englishVariant: input.englishVariant, germanFormality: input.germanFormality };
  await db.$transaction(async (tx) => {
    await writeSetting(tx, MT_SETTINGS_KEY, value);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.mt",
      entityType: "setting",
      entityId: MT_SETTINGS_KEY,
      data: value,
    });
  });
  return value;
}
