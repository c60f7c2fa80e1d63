import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationSettings } from "@/lib/translation";

export const MT_SETTINGS_KEY = "mt.settings";
export const mtSettingsSchema = z.object({
  englishVariant: z.enum(["EN-GB", "EN-US"]),
  germanFormality: z.enum(["default", "more", "less"]),
});
export const DEFAULT_MT_SETTINGS: TranslationSettings = { englishVariant: "EN-GB", germanFormality: "default" };

/** The admin's MT settings; a missing or unreadable row means the defaults (British English, default formality). */
export async function loadMtSettings(
  client: Pick<Prisma.TransactionClient, "setting"> = db,
): Promise<TranslationSettings> {
  const row = await client.setting.findUnique({ where: { key: MT_SETTINGS_KEY } });
  if (!row) return DEFAULT_MT_SETTINGS;
  try {
    const parsed = mtSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_MT_SETTINGS;
  } catch {
    return DEFAULT_MT_SETTINGS;
  }
}
