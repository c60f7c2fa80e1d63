// Secrets the app stores for itself (the DeepL API key): AES-256-GCM with node:crypto, under a key derived
// by HKDF-SHA256 from DUYET_SECRETS_KEY, or from BETTER_AUTH_SECRET when no dedicated secret is set.
// Each purpose gets its own derived key, and the purpose is bound as additional data, so a sealed value
// cannot be moved to another setting. Pure (no I/O): unit-tested directly.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

const VERSION = "v1";
const IV_BYTES = 12; // GCM's standard nonce length
const TAG_BYTES = 16;
/** Shorter secrets are refused: HKDF does not add entropy that the input lacks. */
export const MIN_SECRET_LENGTH = 32;

/** The server's master secret for stored secrets, or MT_KEY_ENCRYPTION_UNAVAILABLE. */
export function masterSecret(env: Record<string, string | undefined>): string {
  const dedicated = env.DUYET_SECRETS_KEY?.trim();
  const secret = dedicated || env.BETTER_AUTH_SECRET?.trim() || "";
  if (secret.length < MIN_SECRET_LENGTH) throw new AppError("MT_KEY_ENCRYPTION_UNAVAILABLE");
  return secret;
}

/** A 256-bit key for one purpose ("mt.deepl-key"), derived from the master secret. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "duyet-secret-box", purpose, 32));
}

/** "v1.<base64url(iv ‖ tag ‖ ciphertext)>": a fresh random nonce each time, so equal inputs differ. */
export function seal(plain: string, key: Buffer, purpose: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plain text, or MT_KEY_UNREADABLE when the value was tampered with or sealed under another key. */
export function open(sealed: string, key: Buffer, purpose: string): string {
  const [version, payload] = sealed.split(".");
  const raw = Buffer.from(payload ?? "", "base64url");
  if (version !== VERSION || raw.length < IV_BYTES + TAG_BYTES) throw new AppError("MT_KEY_UNREADABLE");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(purpose, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new AppError("MT_KEY_UNREADABLE");
  }
}
