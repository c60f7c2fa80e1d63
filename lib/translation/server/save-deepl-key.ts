import "server-only";
import { writeSetting } from "@/lib/settings/server/write-setting";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { deriveKey, masterSecret, seal } from "@/lib/security/secret-box";
import { DEEPL_KEY_SETTING, type StoredKey } from "./load-deepl-key";

/** Stores (or replaces) the DeepL key sealed; audited without the key. */
export async function saveDeeplKey(input: { key: string }, actor: Actor): Promise<{ setAt: string }> {
  const sealed = seal(input.key.trim(), deriveKey(masterSecret(process.env), DEEPL_KEY_SETTING), DEEPL_KEY_SETTING);
  const value: StoredKey = { sealed, setById: actor.id, setByName: actor.name, setAt: new Date().toISOString() };
  await db.$transaction(async (tx) => {
    await writeSetting(tx, DEEPL_KEY_SETTING, value);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.deepl-key",
      entityType: "setting",
      entityId: DEEPL_KEY_SETTING,
      data: { change: "set" },
    });
  });
  return { setAt: value.setAt };
}
