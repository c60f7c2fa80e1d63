import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { DEEPL_KEY_SETTING } from "./load-deepl-key";

/** Forgets the stored DeepL key (MT stops unless DEEPL_AUTH_KEY is set); removing none is a no-op. */
export async function removeDeeplKey(actor: Actor): Promise<{ removed: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.setting.deleteMany({ where: { key: DEEPL_KEY_SETTING } });
    if (count === 0) return { removed: false };
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.deepl-key",
      entityType: "setting",
      entityId: DEEPL_KEY_SETTING,
      data: { change: "remove" },
    });
    return { removed: true };
  });
}
