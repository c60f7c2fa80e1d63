import "server-only";
import { auth } from "@/lib/auth/server/auth";

// better-auth's own hasher and verifier as configured (lib/auth/server/auth.ts), so a password written by
// these services is checked by better-auth's sign-in exactly like one it wrote itself.
export async function hashPassword(password: string): Promise<string> {
  return (await auth.$context).password.hash(password);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return (await auth.$context).password.verify({ hash, password });
}

/** better-auth's id generator for `model`, so rows written here look like rows better-auth writes. */
export async function newId(model: "user" | "account"): Promise<string> {
  const id = (await auth.$context).generateId({ model });
  return id || crypto.randomUUID();
}
