import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { deriveKey, masterSecret, open } from "@/lib/security/secret-box";

// The DeepL API key an admin entered (Admin → MT settings), sealed with AES-256-GCM
// (lib/security/secret-box.ts). The plain key leaves the server only towards DeepL; the browser learns
// whether a key is stored, who set it and when. DEEPL_AUTH_KEY in the environment wins over it.
export const DEEPL_KEY_SETTING = "mt.deepl-key";

export const storedKeySchema = z.object({
  sealed: z.string(),
  setById: z.string().nullable(),
  setByName: z.string(),
  setAt: z.iso.datetime(),
});
export type StoredKey = z.infer<typeof storedKeySchema>;

export type DeeplKeyStatus = {
  /** Which key MT uses: the environment's, the stored one, or none (MT is off). */
  source: "env" | "stored" | "none";
  stored: { setByName: string; setAt: string } | null;
};

type Env = Record<string, string | undefined>;

async function loadStored(): Promise<StoredKey | null> {
  const row = await db.setting.findUnique({ where: { key: DEEPL_KEY_SETTING } });
  if (!row) return null;
  const parsed = storedKeySchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export function envDeeplKey(env: Env = process.env): string | null {
  return env.DEEPL_AUTH_KEY?.trim() || null;
}

/** What the settings page shows: never the key itself. */
export async function loadDeeplKeyStatus(env: Env = process.env): Promise<DeeplKeyStatus> {
  const stored = await loadStored();
  const info = stored ? { setByName: stored.setByName, setAt: stored.setAt } : null;
  return { source: envDeeplKey(env) ? "env" : stored ? "stored" : "none", stored: info };
}

/** The key MT uses: DEEPL_AUTH_KEY, else the stored one decrypted (MT_KEY_UNREADABLE if it cannot be). */
export async function resolveDeeplKey(env: Env = process.env): Promise<string | null> {
  const fromEnv = envDeeplKey(env);
  if (fromEnv) return fromEnv;
  const stored = await loadStored();
  if (!stored) return null;
  return open(stored.sealed, deriveKey(masterSecret(env), DEEPL_KEY_SETTING), DEEPL_KEY_SETTING);
}
